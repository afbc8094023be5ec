package io.github.springconfluence.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceProperties;
import io.github.springconfluence.autoconfigure.InvalidConfluencePropertyException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.health.ConfluenceHealthIndicator;
import io.github.springconfluence.health.TokenExpiry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code confluence} health indicator, when Spring Boot's
 * health support is on the class path. Disable it with
 * {@code management.health.confluence.enabled=false}.
 */
@AutoConfiguration(after = ConfluenceAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConfluenceApiClient.class)
public final class ConfluenceHealthContributorAutoConfiguration {

	// The health-enabled condition sits on the method: on the class, next to
	// @ConditionalOnClass, Spring would load its condition class even without
	// spring-boot-health.
	@Bean
	@ConditionalOnEnabledHealthIndicator("confluence")
	@ConditionalOnMissingBean(name = "confluenceHealthIndicator")
	ConfluenceHealthIndicator confluenceHealthIndicator(ConfluenceApiClient confluenceApiClient,
			ConfluenceProperties properties) {
		ConfluenceProperties.Health health = properties.getHealth();
		notNegative("confluence.health.cache-ttl", health.getCacheTtl());
		notNegative("confluence.health.token-expiry-warning", health.getTokenExpiryWarning());
		// One attempt per check, bounded by the timeouts: a health probe must never sleep
		// on retries.
		TokenExpiry tokenExpiry = new TokenExpiry(properties.getApiTokenExpiresAt(),
				properties.getHealth().getTokenExpiryWarning());
		return new ConfluenceHealthIndicator(confluenceApiClient.withoutRetries(), properties.getHealth().getCacheTtl(),
				tokenExpiry, Clock.systemUTC());
	}

	/** The health settings are validated here, where they are used. */
	private static void notNegative(String property, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidConfluencePropertyException(property,
					property + " must not be negative, not " + value + ".",
					"Set " + property + " (environment variable "
							+ property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT)
							+ ") to a duration such as 5s.");
		}
	}

}
