package io.github.springconfluence.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.springconfluence.client.ConfluenceClientMetrics;
import io.github.springconfluence.client.ConfluenceRetryReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records the Confluence client's retries and rate limits in Micrometer:
 * <ul>
 * <li>{@code confluence.client.retries} (counter, tag {@code reason}:
 * {@code rate_limited}, {@code server_error}, {@code io});</li>
 * <li>{@code confluence.client.rate_limited} (counter of 429 responses, retried or
 * not);</li>
 * <li>{@code confluence.client.rate_limit.remaining} (gauge of the last
 * {@code X-RateLimit-Remaining}, registered when Confluence first sends the header).</li>
 * </ul>
 */
public class MicrometerConfluenceClientMetrics implements ConfluenceClientMetrics {

	/** The retry counter's name. */
	public static final String RETRIES = "confluence.client.retries";

	/** The 429 counter's name. */
	public static final String RATE_LIMITED = "confluence.client.rate_limited";

	/** The remaining-budget gauge's name. */
	public static final String RATE_LIMIT_REMAINING = "confluence.client.rate_limit.remaining";

	private final MeterRegistry registry;

	private final Map<ConfluenceRetryReason, Counter> retries = new ConcurrentHashMap<>();

	private final Counter rateLimited;

	private final AtomicLong remaining = new AtomicLong();

	private volatile boolean remainingRegistered;

	/**
	 * Creates the metrics.
	 * @param registry where to register them
	 */
	public MicrometerConfluenceClientMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.rateLimited = Counter.builder(RATE_LIMITED)
			.description("Responses from Confluence with status 429, retried or not")
			.register(registry);
		for (ConfluenceRetryReason reason : ConfluenceRetryReason.values()) {
			this.retries.put(reason,
					Counter.builder(RETRIES)
						.description("Requests to Confluence that were retried")
						.tag("reason", reason.tag())
						.register(registry));
		}
	}

	@Override
	public void retried(ConfluenceRetryReason reason) {
		this.retries.get(reason).increment();
	}

	@Override
	public void rateLimited() {
		this.rateLimited.increment();
	}

	@Override
	public void rateLimitRemaining(long remaining) {
		this.remaining.set(remaining);
		if (!this.remainingRegistered) {
			// Registered on first sight: a gauge at 0 before Confluence said anything
			// would alarm.
			Gauge.builder(RATE_LIMIT_REMAINING, this.remaining, AtomicLong::get)
				.strongReference(true)
				.description("Requests left in Confluence's rate-limit window (X-RateLimit-Remaining)")
				.register(this.registry);
			this.remainingRegistered = true;
		}
	}

}
