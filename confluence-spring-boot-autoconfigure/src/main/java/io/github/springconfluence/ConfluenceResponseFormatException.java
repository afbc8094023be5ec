package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence answered with a body that cannot be read as the expected JSON: malformed
 * JSON, an HTML page from a proxy, or a body cut off mid-stream. {@link #statusCode()} is
 * the status that came with the body.
 */
public class ConfluenceResponseFormatException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceResponseFormatException(String message, int statusCode, @Nullable String traceId,
			@Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
	}

}
