package io.github.springconfluence.transport;

import java.time.Duration;
import java.util.List;

import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.Fault;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.LaxRedirectStrategy;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The application's own HTTP client settings are kept, except where they would break the
 * starter's guarantees; a request factory builder the starter does not know is used as it
 * is.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApplicationHttpClientSettingsTests {

	private FakeConfluence fake;

	@BeforeEach
	void startFake() {
		this.fake = FakeConfluence.builder().start();
	}

	@AfterEach
	void stopFake() {
		this.fake.stop();
	}

	@Test
	void applicationHttpClientCustomizersAreKeptButCannotTurnRetriesOrRedirectsBackOn() {
		ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> customizer = (
				builder) -> builder.withHttpClientCustomizer(
						(client) -> client.setDefaultHeaders(List.of(new BasicHeader("X-Application", "kept")))
							.setRetryStrategy(new DefaultHttpRequestRetryStrategy())
							.setRedirectStrategy(new LaxRedirectStrategy()));
		try (FakeConfluence other = FakeConfluence.builder().anonymousAccess(true).start()) {
			this.fake.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(429).header("Retry-After", "3600"));
			this.fake.inject(Fault.on("GET", "/wiki/api/v2/spaces")
				.status(302)
				.header("Location", other.baseUrl() + "/wiki/api/v2/spaces"));
			// HttpClient 5's own retry strategy would wait the hour: fail instead of
			// hanging
			assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> runner().withPropertyValues("spring.http.clients.imperative.factory=http-components")
						.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> customizer)
						.run((context) -> {
							ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
							assertThatExceptionOfType(ConfluenceRateLimitException.class)
								.isThrownBy(() -> spaces.findByKey("ENG"));
							assertThatExceptionOfType(ConfluenceRedirectException.class)
								.isThrownBy(() -> spaces.findByKey("ENG"));
						}));
			assertThat(other.requests()).isEmpty();
		}
		assertThat(this.fake.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("X-Application")).isEqualTo("kept"));
	}

	@Test
	void unknownRequestFactoryBuilderIsUsedAsItIs(CapturedOutput output) {
		SimpleClientHttpRequestFactory own = new SimpleClientHttpRequestFactory();
		ClientHttpRequestFactoryBuilder<SimpleClientHttpRequestFactory> builder = (settings) -> own;
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("io.github.springconfluence.autoconfigure", LogLevel.DEBUG);
		try {
			runner().withBean(ClientHttpRequestFactoryBuilder.class, () -> builder).run((context) -> {
				RestClient client = context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME,
						RestClient.class);
				assertThat(OnEachHttpLibrary.requestFactory(client)).isSameAs(own);
				assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("NOPE")).isEmpty();
			});
		}
		finally {
			logging.setLogLevel("io.github.springconfluence.autoconfigure", null);
		}
		assertThat(this.fake.requests()).hasSize(1);
		assertThat(output).contains("for the Confluence client as it is");
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ConfluenceAutoConfiguration.class, RestClientAutoConfiguration.class,
							HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class))
			.withPropertyValues("confluence.base-url=" + this.fake.baseUrl(), "confluence.email=" + this.fake.email(),
					"confluence.api-token=" + this.fake.apiToken(), "confluence.retry.initial-backoff=1ms",
					"confluence.retry.max-backoff=2ms");
	}

}
