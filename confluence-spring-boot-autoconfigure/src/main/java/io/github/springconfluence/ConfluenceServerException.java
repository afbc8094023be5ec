package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence, or a proxy in front of it, failed with an HTTP 5xx status.
 */
public class ConfluenceServerException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceServerException(String message, int statusCode, @Nullable String traceId, @Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
	}

}
