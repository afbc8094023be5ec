package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence answered HTTP 404: the resource does not exist, or the account may not see
 * it (Confluence does not tell the two apart).
 */
public class ConfluenceNotFoundException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceNotFoundException(String message, int statusCode, @Nullable String traceId,
			@Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
	}

}
