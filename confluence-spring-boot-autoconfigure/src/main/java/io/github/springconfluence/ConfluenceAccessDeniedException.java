package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence refused the request (HTTP 403): the account may not use Confluence or lacks
 * the permission for this operation.
 */
public class ConfluenceAccessDeniedException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceAccessDeniedException(String message, int statusCode, @Nullable String traceId,
			@Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
	}

}
