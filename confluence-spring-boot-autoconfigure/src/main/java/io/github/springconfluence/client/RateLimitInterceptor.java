package io.github.springconfluence.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.springconfluence.RateLimitInfo;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Watches every response (each retry attempt included) for what Confluence's rate limiter
 * says: counts 429s, reports {@code X-RateLimit-Remaining}, and logs one WARN per
 * rate-limit window when {@code X-RateLimit-NearLimit: true} says that less than 20% of
 * the budget is left, so that operators see trouble coming without a log line per
 * request.
 */
final class RateLimitInterceptor implements ClientHttpRequestInterceptor {

	/**
	 * How long one near-limit warning covers when Confluence does not say when the window
	 * resets.
	 */
	static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(RateLimitInterceptor.class);

	private final ConfluenceClientMetrics metrics;

	private final Clock clock;

	private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);

	/**
	 * Creates an interceptor.
	 * @param metrics receives the observations
	 * @param clock measures the warning window
	 */
	public RateLimitInterceptor(ConfluenceClientMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() == 429) {
			this.metrics.rateLimited();
		}
		// Two header lookups on the common path; the full rate-limit information only for
		// a warning.
		HttpHeaders headers = response.getHeaders();
		String remaining = headers.getFirst("X-RateLimit-Remaining");
		if (remaining != null) {
			RateLimitInfo rateLimit = RateLimitInfo.from(headers::getFirst);
			if (rateLimit.remaining() != null) {
				this.metrics.rateLimitRemaining(rateLimit.remaining());
			}
		}
		if ("true".equalsIgnoreCase(headers.getFirst("X-RateLimit-NearLimit"))) {
			warnOncePerWindow(RateLimitInfo.from(headers::getFirst));
		}
		return response;
	}

	private void warnOncePerWindow(RateLimitInfo rateLimit) {
		Instant now = this.clock.instant();
		Instant current = this.quietUntil.get();
		if (now.isBefore(current)) {
			return;
		}
		Instant reset = rateLimit.reset();
		Instant next = (reset != null && reset.isAfter(now)) ? reset : now.plus(DEFAULT_WINDOW);
		if (this.quietUntil.compareAndSet(current, next)) {
			logger.warn("Confluence reports that this client is near its rate limit (X-RateLimit-NearLimit: true"
					+ ((rateLimit.remaining() != null) ? ", " + rateLimit.remaining() + " requests left" : "")
					+ ((reset != null) ? ", window resets at " + reset : "")
					+ ((rateLimit.reason() != null) ? ", reason " + rateLimit.reason() : "")
					+ "). Requests will soon be answered with 429 and retried.");
		}
	}

}
