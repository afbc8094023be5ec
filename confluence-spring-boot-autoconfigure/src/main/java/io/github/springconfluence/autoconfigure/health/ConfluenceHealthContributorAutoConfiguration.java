package io.github.springconfluence.autoconfigure.health;

import java.time.Clock;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceProperties;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.health.ConfluenceHealthIndicator;
import io.github.springconfluence.health.TokenExpiry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code confluence} health indicator, when Spring Boot's health
 * support is on the class path. Disable it with
 * {@code management.health.confluence.enabled=false}.
 */
@AutoConfiguration(after = ConfluenceAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConfluenceApiClient.class)
public final class ConfluenceHealthContributorAutoConfiguration {

	// The health-enabled condition sits on the method: on the class, next to
	// @ConditionalOnClass, Spring would load its condition class even without spring-boot-health.
	@Bean
	@ConditionalOnEnabledHealthIndicator("confluence")
	@ConditionalOnMissingBean(name = "confluenceHealthIndicator")
	ConfluenceHealthIndicator confluenceHealthIndicator(ConfluenceApiClient confluenceApiClient,
			ConfluenceProperties properties) {
		// One attempt per check, bounded by the timeouts: a health probe must never sleep on retries.
		TokenExpiry tokenExpiry = new TokenExpiry(properties.getApiTokenExpiresAt(),
				properties.getHealth().getTokenExpiryWarning());
		return new ConfluenceHealthIndicator(confluenceApiClient.withoutRetries(), properties.getHealth().getCacheTtl(),
				tokenExpiry, Clock.systemUTC());
	}

}
