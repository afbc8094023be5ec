package io.github.springconfluence.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeSpace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The base of the transport matrix: every test method of a subclass runs once on each
 * {@link HttpLibrary}, against a fresh {@link FakeConfluence} on 127.0.0.1 whose
 * credentials are non-ASCII, with Spring Boot's and the starter's auto-configuration as
 * an application gets them.
 * <p>
 * To add a case, add a method to a subclass (or a new subclass) and call
 * {@link #withConfluence(ConfluenceTest, String...)}: it checks that the Confluence
 * client really runs on the library under test, so that no test can pass on the wrong
 * one, and turns a hang into a failure. Retries are fast (milliseconds of backoff) unless
 * a test says otherwise.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(HttpLibrary.class)
abstract class OnEachHttpLibrary {

	/** Non-ASCII, to prove the credentials are encoded as UTF-8 on every library. */
	static final String EMAIL = "jörg.müller@exämple.com";

	static final String TOKEN = "ATATT3xFfGF0-tökén_+/=";

	static final String CREDENTIALS = Base64.getEncoder()
		.encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));

	static final String SPACES = "/wiki/api/v2/spaces";

	static final int MAX_RETRIES = 3;

	/**
	 * Long enough for any retry loop here, short enough that a hang fails the build soon.
	 */
	private static final Duration HANG = Duration.ofSeconds(30);

	@Parameter
	HttpLibrary library;

	FakeConfluence fake;

	@BeforeEach
	void startFake() {
		this.fake = FakeConfluence.builder()
			.email(EMAIL)
			.apiToken(TOKEN)
			.space(FakeSpace.of("ENG", "Engineering"))
			.start();
	}

	@AfterEach
	void stopFake() {
		this.fake.stop();
	}

	/**
	 * Runs a test with a context on the library under test.
	 * @param test the test
	 * @param properties extra properties, for example
	 * {@code confluence.read-timeout=300ms}
	 */
	void withConfluence(ConfluenceTest test, String... properties) {
		assertTimeoutPreemptively(HANG, () -> runner().withPropertyValues(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			RestClient client = context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class);
			ClientHttpRequestFactory requestFactory = requestFactory(client);
			assertThat(requestFactory).as("the request factory of the confluenceRestClient")
				.isInstanceOf(this.library.requestFactoryType());
			try {
				test.run(new Confluence(client, context.getBean(ConfluenceSpaceService.class),
						context.getBean(ConfluenceApiClient.class)));
			}
			finally {
				if (requestFactory instanceof DisposableBean disposable) {
					disposable.destroy(); // closes HttpClient 5's pool; the others' are
											// left to the JVM
				}
			}
		}));
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ConfluenceAutoConfiguration.class, RestClientAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues(this.library.factoryProperty(), "confluence.base-url=" + this.fake.baseUrl(),
					"confluence.email=" + EMAIL, "confluence.api-token=" + TOKEN, "confluence.read-timeout=5s",
					"confluence.retry.max-retries=" + MAX_RETRIES, "confluence.retry.initial-backoff=10ms",
					"confluence.retry.max-backoff=20ms", "confluence.retry.max-retry-after=30s");
	}

	static ClientHttpRequestFactory requestFactory(RestClient client) {
		Object requestFactory = ReflectionTestUtils.getField(client, "clientRequestFactory");
		if (requestFactory != null && requestFactory.getClass().getSimpleName().equals("ReadTimeoutTranslation")) {
			// The starter's exception translation around the Reactor and Jetty factories.
			requestFactory = ReflectionTestUtils.getField(requestFactory, "delegate");
		}
		if (requestFactory != null && requestFactory.getClass().getSimpleName().equals("JdkSendingRequestFactory")) {
			// The starter's JDK factory, which sends on the client that Spring's factory
			// holds.
			requestFactory = ReflectionTestUtils.getField(requestFactory, "streaming");
		}
		assertThat(requestFactory).isInstanceOf(ClientHttpRequestFactory.class);
		return (ClientHttpRequestFactory) requestFactory;
	}

	/**
	 * What a test gets: the raw Confluence client, and the space service and API client
	 * on it.
	 */
	record Confluence(RestClient client, ConfluenceSpaceService spaces, ConfluenceApiClient api) {
	}

	/** A test body. */
	@FunctionalInterface
	interface ConfluenceTest {

		void run(Confluence confluence) throws Exception;

	}

}
