package io.github.springconfluence.client;

/**
 * Why the Confluence client repeats a request; {@link #tag()} is the value of the
 * {@code reason} tag of the {@code confluence.client.retries} meter.
 */
public enum ConfluenceRetryReason {

	/**
	 * Confluence answered 429: the request was rejected by its rate limiter, not applied.
	 */
	RATE_LIMITED("rate_limited"),

	/** Confluence answered 500, 502, 503 or 504 to a request that is safe to repeat. */
	SERVER_ERROR("server_error"),

	/** A connection failure or timeout, for a request that is safe to repeat. */
	IO("io");

	private final String tag;

	ConfluenceRetryReason(String tag) {
		this.tag = tag;
	}

	/**
	 * Returns the value used in logs and metric tags.
	 * @return for example {@code rate_limited}
	 */
	public String tag() {
		return this.tag;
	}

}
