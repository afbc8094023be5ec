package io.github.springconfluence.benchmarks;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.autoconfigure.actuate.ConfluenceSanitizingAutoConfiguration;
import io.github.springconfluence.autoconfigure.health.ConfluenceHealthContributorAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The smallest Spring Boot application: auto-configuration only, no web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchmarkApplication {

	private static final String STARTER_AUTO_CONFIGURATIONS = ConfluenceAutoConfiguration.class.getName() + ","
			+ ConfluenceHealthContributorAutoConfiguration.class.getName() + ","
			+ ConfluenceSanitizingAutoConfiguration.class.getName();

	/**
	 * Starts the application with the starter pointed at a site.
	 * @param baseUrl the site
	 * @param email the account email
	 * @param apiToken the API token
	 * @param properties more application properties, such as
	 * {@code spring.http.clients.imperative.factory=jdk}
	 * @return the running context
	 */
	public static ConfigurableApplicationContext withStarter(String baseUrl, String email, String apiToken,
			String... properties) {
		return builder()
			.properties("confluence.base-url=" + baseUrl, "confluence.email=" + email,
					"confluence.api-token=" + apiToken)
			.properties(properties)
			.run();
	}

	/**
	 * Starts the same application with the starter's auto-configurations excluded.
	 * @return the running context
	 */
	public static ConfigurableApplicationContext withoutStarter(String... properties) {
		return builder().properties("spring.autoconfigure.exclude=" + STARTER_AUTO_CONFIGURATIONS)
			.properties(properties)
			.run();
	}

	private static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN");
	}

}
