package io.github.springconfluence;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.autoconfigure.metrics.ConfluenceMetricsAutoConfiguration;
import io.github.springconfluence.autoconfigure.health.ConfluenceHealthContributorAutoConfiguration;
import io.github.springconfluence.test.FakeConfluence;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The application context that a Spring Boot application with the starter gets, for
 * tests.
 */
public final class TestContexts {

	private TestContexts() {
	}

	/**
	 * Returns a runner with the starter's and Spring Boot's HTTP client
	 * auto-configurations.
	 * @return the runner
	 */
	public static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(
				AutoConfigurations.of(ConfluenceAutoConfiguration.class, ConfluenceMetricsAutoConfiguration.class,
						ConfluenceHealthContributorAutoConfiguration.class, RestClientAutoConfiguration.class,
						HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));
	}

	/**
	 * Returns a runner pointed at a fake Confluence with its credentials.
	 * @param fake the running fake
	 * @return the runner
	 */
	public static ApplicationContextRunner runner(FakeConfluence fake) {
		return runner().withPropertyValues("confluence.base-url=" + fake.baseUrl(), "confluence.email=" + fake.email(),
				"confluence.api-token=" + fake.apiToken(), "confluence.read-timeout=5s");
	}

}
