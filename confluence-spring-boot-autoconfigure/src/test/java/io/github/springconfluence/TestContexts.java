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

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * Runs a test against one bean of a context started from {@code runner}, after
	 * checking that the context started and clearing the fake's journal, so that the test
	 * counts only its own requests.
	 * @param <T> the bean type
	 * @param runner the runner
	 * @param fake the fake the context talks to
	 * @param type the bean type
	 * @param test the test
	 */
	public static <T> void withBean(ApplicationContextRunner runner, FakeConfluence fake, Class<T> type,
			ThrowingConsumer<T> test) {
		runner.run((context) -> {
			assertThat(context).hasNotFailed();
			fake.clearRequests();
			test.accept(context.getBean(type));
		});
	}

	/**
	 * A test body that may throw.
	 *
	 * @param <T> what it is given
	 */
	@FunctionalInterface
	public interface ThrowingConsumer<T> {

		/**
		 * Runs the test.
		 * @param value the bean
		 * @throws Exception on any failure
		 */
		void accept(T value) throws Exception;

	}

}
