package io.github.springconfluence.test;

/**
 * CQL that the fake cannot read: bad syntax, an unknown field, an operator a field does
 * not take, a value of the wrong kind. The search endpoint answers it as Confluence does,
 * with a 400 whose message is {@code Could not parse cql : <the cql>}; the detail given
 * here is only for the fake's own diagnostics, since Confluence does not say what was
 * wrong.
 */
final class CqlParseException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	CqlParseException(String detail) {
		super(detail, null, false, false);
	}

}
