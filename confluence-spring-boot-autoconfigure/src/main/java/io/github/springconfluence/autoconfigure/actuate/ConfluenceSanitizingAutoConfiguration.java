package io.github.springconfluence.autoconfigure.actuate;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Hides {@code confluence.api-token} (in any spelling: {@code CONFLUENCE_API_TOKEN},
 * {@code confluence.apiToken}) from {@code /actuator/env} and
 * {@code /actuator/configprops}, even when an application shows values with
 * {@code show-values=ALWAYS}: Spring Boot then masks only what a
 * {@link SanitizingFunction} matches, and a key ending in {@code api-token} is not among
 * its defaults.
 * <p>
 * Registered whether or not the starter is enabled: the token can sit in the environment
 * either way.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ConfluenceSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "confluenceApiTokenSanitizingFunction")
	SanitizingFunction confluenceApiTokenSanitizingFunction() {
		return (data) -> isConfluenceApiToken(data) ? data.withSanitizedValue() : data;
	}

	/**
	 * The env endpoint names the full property ({@code confluence.api-token}); the
	 * configprops endpoint names the field within the {@code confluence} bean
	 * ({@code apiToken}).
	 */
	static boolean isConfluenceApiToken(SanitizableData data) {
		String key = data.getKey().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
		return key.equals("confluenceapitoken") || key.equals("apitoken");
	}

}
