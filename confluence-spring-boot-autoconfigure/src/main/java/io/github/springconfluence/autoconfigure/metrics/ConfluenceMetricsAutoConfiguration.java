package io.github.springconfluence.autoconfigure.metrics;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.client.ConfluenceClientMetrics;
import io.github.springconfluence.metrics.MicrometerConfluenceClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Confluence client's retry and rate-limit meters
 * ({@code confluence.client.retries}, {@code confluence.client.rate_limited},
 * {@code confluence.client.rate_limit.remaining}), when Micrometer is on the class path
 * and the application has a {@link MeterRegistry}. The HTTP requests themselves are
 * observed by Spring's {@code http.client.requests} observation.
 */
@AutoConfiguration(before = ConfluenceAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
public final class ConfluenceMetricsAutoConfiguration {

	@Bean
	@ConditionalOnBean(MeterRegistry.class)
	@ConditionalOnMissingBean(ConfluenceClientMetrics.class)
	MicrometerConfluenceClientMetrics confluenceClientMetrics(MeterRegistry meterRegistry) {
		return new MicrometerConfluenceClientMetrics(meterRegistry);
	}

}
