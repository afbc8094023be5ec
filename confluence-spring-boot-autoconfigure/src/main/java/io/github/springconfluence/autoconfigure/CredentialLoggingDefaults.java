package io.github.springconfluence.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Gives the HTTP libraries' header-printing loggers ({@link CredentialLoggers}) a level
 * that prints no header, as the lowest-precedence default: a root logger at DEBUG then no
 * longer prints the Confluence credentials, and an application that really wants those
 * loggers sets {@code logging.level.<logger>} itself (and is warned at startup).
 * <p>
 * The defaults go into Spring Boot's {@code defaultProperties}, below every other
 * property source; a key the application already sets, even there, is left alone. Like
 * any {@code logging.level} property, a default is applied after the logging
 * configuration file, so a {@code <logger>} element in a Logback file does not turn such
 * a logger on by itself.
 */
class CredentialLoggingDefaults implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		for (String name : CredentialLoggers.NAMES) {
			String key = "logging.level." + name;
			if (!environment.containsProperty(key)) {
				defaults.put(key, CredentialLoggers.QUIET_LEVEL);
			}
		}
		DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
	}

	@Override
	public int getOrder() {
		// After the application's configuration files have been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
