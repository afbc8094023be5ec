package io.github.springconfluence;

/**
 * No usable HTTP response came from Confluence: the connection was refused or reset, the
 * host is unknown, or a connect or read timeout expired. {@link #statusCode()} is
 * {@code 0}.
 */
public class ConfluenceTransportException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param cause the underlying I/O failure
	 */
	public ConfluenceTransportException(String message, Throwable cause) {
		super(message, 0, null, cause);
	}

}
