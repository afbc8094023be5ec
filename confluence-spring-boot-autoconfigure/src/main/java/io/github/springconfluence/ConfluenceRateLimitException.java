package io.github.springconfluence;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Confluence's rate limiter rejected the request (HTTP 429). The request was not applied.
 */
public class ConfluenceRateLimitException extends ConfluenceException {

	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param retryAfter how long Confluence asked the client to wait, if it said so
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceRateLimitException(String message, int statusCode, @Nullable String traceId,
			@Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns how long Confluence asked the client to wait before the next request.
	 * @return the {@code Retry-After} wait, or {@code null} when Confluence did not send one
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
