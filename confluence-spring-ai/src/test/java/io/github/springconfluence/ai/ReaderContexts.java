package io.github.springconfluence.ai;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.test.FakeConfluence;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application context of a Spring Boot application with the starter and this module,
 * pointed at a fake Confluence (after the autoconfigure module's test
 * {@code TestContexts}, of which only this is needed).
 */
final class ReaderContexts {

	private ReaderContexts() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ConfluenceAutoConfiguration.class,
				ConfluenceDocumentReaderAutoConfiguration.class, RestClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class));
	}

	static ApplicationContextRunner runner(FakeConfluence fake) {
		return runner().withPropertyValues("confluence.base-url=" + fake.baseUrl(), "confluence.email=" + fake.email(),
				"confluence.api-token=" + fake.apiToken(), "confluence.read-timeout=5s");
	}

	/**
	 * Runs a test with the auto-configured factory, the fake's journal cleared first.
	 */
	static void withFactory(FakeConfluence fake, FactoryTest test) {
		runner(fake).run((context) -> {
			assertThat(context).hasNotFailed();
			fake.clearRequests();
			test.accept(context.getBean(ConfluenceDocumentReaderFactory.class));
		});
	}

	/** A test body. */
	@FunctionalInterface
	interface FactoryTest {

		void accept(ConfluenceDocumentReaderFactory factory) throws Exception;

	}

}
