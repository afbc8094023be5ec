package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

import io.github.springconfluence.client.RetryPolicy.Retry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Repeats a Confluence request when the {@link RetryPolicy} says so, waiting as it says.
 * Each attempt goes through the redirect and authentication interceptors again. Each
 * retry is logged at DEBUG with the method, path, status and wait, never with headers.
 * <p>
 * Spring Framework's {@code org.springframework.core.retry} does not fit here: its
 * back-off cannot see the response, so Confluence's {@code Retry-After} could not set the
 * wait.
 */
final class RetryInterceptor implements ClientHttpRequestInterceptor {

	private static final Log logger = LogFactory.getLog(RetryInterceptor.class);

	private final RetryPolicy policy;

	private final Sleeper sleeper;

	private final ConfluenceClientMetrics metrics;

	/**
	 * Creates an interceptor that sleeps on the calling thread.
	 * @param policy the retry policy
	 * @param metrics told about every retry
	 */
	RetryInterceptor(RetryPolicy policy, ConfluenceClientMetrics metrics) {
		this(policy, metrics, (duration) -> Thread.sleep(duration.toMillis()));
	}

	/**
	 * Creates an interceptor.
	 * @param policy the retry policy
	 * @param metrics told about every retry
	 * @param sleeper waits between attempts
	 */
	RetryInterceptor(RetryPolicy policy, ConfluenceClientMetrics metrics, Sleeper sleeper) {
		this.policy = policy;
		this.metrics = metrics;
		this.sleeper = sleeper;
	}

	/**
	 * Returns the policy.
	 * @return the retry policy
	 */
	RetryPolicy policy() {
		return this.policy;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		for (int retries = 0;; retries++) {
			ClientHttpResponse response;
			try {
				response = execution.execute(request, body);
			}
			catch (IOException ex) {
				// An interrupted caller wants to stop, not to be retried.
				Retry retry = Thread.currentThread().isInterrupted() ? null
						: this.policy.afterFailure(request.getMethod(), retries, ex);
				if (retry == null) {
					throw ex;
				}
				waitBefore(retry, request, retries, ex.getClass().getSimpleName());
				continue;
			}
			Retry retry;
			int status;
			try {
				status = response.getStatusCode().value();
				retry = this.policy.afterResponse(request.getMethod(), retries, status, response.getHeaders());
			}
			catch (IOException | RuntimeException ex) {
				response.close();
				throw ex;
			}
			if (retry == null) {
				return response;
			}
			response.close();
			waitBefore(retry, request, retries, String.valueOf(status));
		}
	}

	private void waitBefore(Retry retry, HttpRequest request, int retries, String cause) throws IOException {
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + request.getMethod() + " " + request.getURI().getRawPath() + " after " + cause
					+ " (" + retry.reason().tag() + ") in " + retry.delay().toMillis() + " ms, retry " + (retries + 1)
					+ " of " + this.policy.maxRetries());
		}
		try {
			this.sleeper.sleep(retry.delay());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(
					"Interrupted while waiting to retry " + request.getMethod() + " " + request.getURI().getRawPath());
		}
		this.metrics.retried(retry.reason()); // counted once the retry really happens
	}

	/** Waits between attempts; replaced in tests. */
	@FunctionalInterface
	interface Sleeper {

		/**
		 * Waits.
		 * @param duration how long
		 * @throws InterruptedException if the thread is interrupted
		 */
		void sleep(Duration duration) throws InterruptedException;

	}

}
