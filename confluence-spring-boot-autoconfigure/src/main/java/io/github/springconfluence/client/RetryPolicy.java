package io.github.springconfluence.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Decides whether and when to retry a Confluence request, following Atlassian's guidance
 * for its rate limits: honour {@code Retry-After}; otherwise back off exponentially from
 * the initial delay, doubling up to the maximum, with a random jitter multiplier in [0.7,
 * 1.3].
 * <ul>
 * <li>429 is retried for every method: the request was rejected, not applied.</li>
 * <li>5xx (500, 502, 503, 504) and I/O failures are retried only for GET, HEAD, PUT and
 * DELETE, which are safe to repeat: a POST is never replayed.</li>
 * <li>A {@code Retry-After} longer than {@code maxRetryAfter} is not waited for: the
 * response is handed back at once, so the caller sees it.</li>
 * </ul>
 * Pure and thread-safe: it decides, the {@link RetryInterceptor} waits and repeats.
 *
 * @param maxRetries how many times a request is retried after the first attempt; 0 turns
 * retries off
 * @param initialBackoff the first backoff when Confluence does not say how long to wait
 * @param maxBackoff the longest backoff (before jitter)
 * @param maxRetryAfter the longest {@code Retry-After} that is waited for
 * @param jitter supplies a uniformly distributed number in [0, 1)
 * @param clock the clock against which an HTTP-date {@code Retry-After} is measured
 */
record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
		DoubleSupplier jitter, Clock clock) {

	/** The smallest and largest jitter multipliers, from Atlassian's retry guidance. */
	static final double MIN_JITTER = 0.7;

	static final double MAX_JITTER = 1.3;

	private static final Set<HttpMethod> SAFE_TO_REPEAT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE);

	private static final Set<Integer> TRANSIENT_SERVER_ERRORS = Set.of(500, 502, 503, 504);

	/** A policy that never retries. */
	static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0.5,
			Clock.systemUTC());

	/**
	 * Creates a policy with random jitter and the system clock.
	 * @param maxRetries how many retries after the first attempt; 0 turns retries off
	 * @param initialBackoff the first backoff without {@code Retry-After}
	 * @param maxBackoff the longest backoff before jitter
	 * @param maxRetryAfter the longest {@code Retry-After} that is waited for
	 * @return the policy
	 */
	static RetryPolicy of(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
		return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, maxRetryAfter,
				() -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
	}

	/**
	 * Decides what to do after a response.
	 * @param method the request method
	 * @param retriesSoFar how many retries have been made already
	 * @param status the response status
	 * @param headers the response headers
	 * @return the retry to make, or {@code null} to hand the response back
	 */
	@Nullable Retry afterResponse(HttpMethod method, int retriesSoFar, int status, HttpHeaders headers) {
		if (retriesSoFar >= this.maxRetries) {
			return null;
		}
		ConfluenceRetryReason reason;
		if (status == 429) {
			reason = ConfluenceRetryReason.RATE_LIMITED;
		}
		else if (TRANSIENT_SERVER_ERRORS.contains(status) && SAFE_TO_REPEAT.contains(method)) {
			reason = ConfluenceRetryReason.SERVER_ERROR;
		}
		else {
			return null;
		}
		Duration retryAfter = ConfluenceExceptionFactory.retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER),
				this.clock);
		if (retryAfter != null) {
			return (retryAfter.compareTo(this.maxRetryAfter) <= 0) ? new Retry(reason, retryAfter) : null;
		}
		return new Retry(reason, backoff(retriesSoFar));
	}

	/**
	 * Decides what to do after an I/O failure (connection refused or reset, timeout).
	 * @param method the request method
	 * @param retriesSoFar how many retries have been made already
	 * @param failure the failure
	 * @return the retry to make, or {@code null} to rethrow the failure
	 */
	@Nullable Retry afterFailure(HttpMethod method, int retriesSoFar, IOException failure) {
		if (retriesSoFar >= this.maxRetries || !SAFE_TO_REPEAT.contains(method)) {
			return null;
		}
		return new Retry(ConfluenceRetryReason.IO, backoff(retriesSoFar));
	}

	/**
	 * initial × 2^retries, capped at the maximum, times a jitter multiplier in [0.7,
	 * 1.3].
	 */
	Duration backoff(int retriesSoFar) {
		long initial = this.initialBackoff.toMillis();
		long capped = this.maxBackoff.toMillis();
		long exponential = (retriesSoFar >= 30) ? capped : Math.min(capped, initial << retriesSoFar);
		double multiplier = MIN_JITTER + (MAX_JITTER - MIN_JITTER) * this.jitter.getAsDouble();
		return Duration.ofMillis(Math.round(Math.max(0, exponential) * multiplier));
	}

	/**
	 * A decision to retry.
	 *
	 * @param reason why the request is retried
	 * @param delay how long to wait first
	 */
	record Retry(ConfluenceRetryReason reason, Duration delay) {
	}

}
