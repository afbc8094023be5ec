package io.github.springconfluence;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Confluence's rate limiter rejected the request (HTTP 429). The request was not applied.
 * The starter retries 429s by itself (see {@code confluence.retry.*}); this exception
 * means the retries ran out, or Confluence asked for a longer wait than
 * {@code confluence.retry.max-retry-after}.
 */
public class ConfluenceRateLimitException extends ConfluenceException {

	private final @Nullable Duration retryAfter;

	private final RateLimitInfo rateLimit;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param retryAfter how long Confluence asked the client to wait, if it said so
	 * @param rateLimit what the rate-limit headers said
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceRateLimitException(String message, int statusCode, @Nullable String traceId,
			@Nullable Duration retryAfter, RateLimitInfo rateLimit, @Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
		this.retryAfter = retryAfter;
		this.rateLimit = rateLimit;
	}

	/**
	 * Returns how long Confluence asked the client to wait before the next request.
	 * @return the {@code Retry-After} wait, or {@code null} when Confluence did not send
	 * one
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns what Confluence's {@code X-RateLimit-*} and {@code RateLimit-Reason}
	 * headers said.
	 * @return the rate-limit information, {@link RateLimitInfo#NONE} when there was none
	 */
	public RateLimitInfo rateLimit() {
		return this.rateLimit;
	}

}
