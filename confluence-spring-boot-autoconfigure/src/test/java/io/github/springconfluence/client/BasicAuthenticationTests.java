package io.github.springconfluence.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Authorization header, byte for byte, on the first request and on every method.
 */
class BasicAuthenticationTests {

	private static final String EMAIL = "jörg.müller@exämple.com";

	private static final String TOKEN = "ATATT3xFfGF0-tökén_+/=";

	private FakeConfluence fake;

	@BeforeEach
	void start() {
		this.fake = FakeConfluence.builder().email(EMAIL).apiToken(TOKEN).start();
	}

	@AfterEach
	void stop() {
		this.fake.stop();
	}

	@Test
	void sendsUtf8BasicCredentialsPreemptivelyOnEveryMethod() {
		String expected = "Basic "
				+ Base64.getEncoder().encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
		TestContexts.runner(this.fake).run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			assertThat(spaces.findByKey("NOPE")).isEmpty(); // the very first request
			spaces.create(new NewSpace("NEW", "New space", "Déjà vu"));
			spaces.update("NEW", new SpaceUpdate("Renamed", null));
			spaces.delete("NEW");
			List<RecordedRequest> requests = this.fake.requests();
			// Creates and updates read the space back through v2.
			assertThat(requests).extracting(RecordedRequest::method)
				.containsExactly("GET", "POST", "GET", "PUT", "GET", "DELETE");
			assertThat(requests).allSatisfy((request) -> {
				assertThat(request.header("Authorization")).isEqualTo(expected);
				assertThat(request.headers().get("Authorization")).hasSize(1);
			});
			assertThat(requests.get(1).header("X-Atlassian-Token")).isEqualTo("no-check");
			assertThat(requests.get(1).header("Content-Type")).startsWith("application/json");
			assertThat(requests.get(1).bodyAsString()).contains("Déjà vu");
			assertThat(this.fake.requests()).noneMatch((request) -> request.header("Authorization") == null);
		});
	}

	@Test
	void neverSendsCredentialsToAnotherHostEvenWhenAskedWithAnAbsoluteUri() {
		try (FakeConfluence other = FakeConfluence.builder().anonymousAccess(true).start()) {
			TestContexts.runner(this.fake).run((context) -> {
				RestClient client = context.getBean("confluenceRestClient", RestClient.class);
				assertThatExceptionOfType(ConfluenceException.class)
					.isThrownBy(() -> client.get()
						.uri(other.baseUrl() + "/wiki/rest/api/user/current")
						.retrieve()
						.body(String.class))
					.withMessageContaining("Refusing to send Confluence credentials to " + other.baseUrl());
				ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
				assertThatExceptionOfType(ConfluenceException.class).isThrownBy(() -> api.send(HttpMethod.POST,
						Map.of("key", "X"), String.class, other.baseUrl() + "/wiki/rest/api/space"));
			});
			assertThat(other.requests()).isEmpty();
		}
	}

	@Test
	void interceptorDoesNotRevealCredentials() {
		assertThat(new ConfluenceBasicAuthInterceptor(
				new ConfluenceConnection(ConfluenceBaseUrl.parse("https://example.atlassian.net"), EMAIL, TOKEN))
			.toString()).doesNotContain(TOKEN)
			.doesNotContain(Base64.getEncoder().encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
	}

}
