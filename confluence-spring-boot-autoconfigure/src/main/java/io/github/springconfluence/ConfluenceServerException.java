package io.github.springconfluence;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Confluence, or a proxy in front of it, failed with an HTTP 5xx status. The starter
 * retries 500, 502, 503 and 504 for GET, HEAD, PUT and DELETE (see
 * {@code confluence.retry.*}); this exception means the retries ran out, the request was
 * a POST, or Confluence asked for a longer wait than
 * {@code confluence.retry.max-retry-after}.
 */
public class ConfluenceServerException extends ConfluenceException {

	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceServerException(String message, int statusCode, @Nullable String traceId,
			@Nullable Throwable cause) {
		this(message, statusCode, traceId, null, cause);
	}

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param retryAfter how long Confluence asked the client to wait (a 503 may say), if
	 * it did
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceServerException(String message, int statusCode, @Nullable String traceId,
			@Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns how long Confluence asked the client to wait before trying again.
	 * @return the {@code Retry-After} wait, or {@code null} when Confluence did not send
	 * one
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
