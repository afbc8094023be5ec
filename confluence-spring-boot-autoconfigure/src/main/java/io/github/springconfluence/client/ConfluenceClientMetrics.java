package io.github.springconfluence.client;

/**
 * Receives what the Confluence client sees of retries and rate limits, to record it as
 * metrics. Every method does nothing by default, and {@link #NONE} is used when
 * Micrometer is not on the class path. Implementations must be thread-safe and fast: they
 * run on the calling thread of every request.
 */
public interface ConfluenceClientMetrics {

	/** Records nothing. */
	ConfluenceClientMetrics NONE = new ConfluenceClientMetrics() {
	};

	/**
	 * A request is about to be retried.
	 * @param reason why
	 */
	default void retried(ConfluenceRetryReason reason) {
	}

	/**
	 * Confluence answered 429.
	 */
	default void rateLimited() {
	}

	/**
	 * Confluence reported how many requests are left in its rate-limit window
	 * ({@code X-RateLimit-Remaining}).
	 * @param remaining the requests left
	 */
	default void rateLimitRemaining(long remaining) {
	}

}
