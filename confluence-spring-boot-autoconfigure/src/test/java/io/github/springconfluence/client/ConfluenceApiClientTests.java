package io.github.springconfluence.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client core over real HTTP: generic bodies, bodyless responses, and paging of both
 * envelopes with the rules every resource relies on.
 */
class ConfluenceApiClientTests {

	private static final String V2_SPACES = "/wiki/api/v2/spaces";

	private static final String V1_SPACES = "/wiki/rest/api/space";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder().spaces(60));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.retry.max-retries=0");

	@Test
	void readsGenericBodiesWithAParameterizedTypeReference() {
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			ConfluenceResponse<Results<Map<String, Object>>> response = api.get(V2_SPACES + "?keys={key}&limit=1",
					new ParameterizedTypeReference<>() {
					}, "SPACE3");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().results()).singleElement()
				.satisfies((space) -> assertThat(space).containsEntry("key", "SPACE3"));
			assertThat(response.traceId()).isNotBlank();
		});
	}

	/** A generic wire type, which a {@code Class} cannot describe. */
	record Results<T>(List<T> results) {
	}

	@Test
	void deleteAcceptsA204WithoutABody() {
		fake.inject(Fault.on("DELETE", "/wiki/api/v2/pages/42").status(204));
		this.contextRunner.run((context) -> {
			ConfluenceResponse<Void> response = context.getBean(ConfluenceApiClient.class)
				.delete("/wiki/api/v2/pages/{id}", "42");
			assertThat(response.status()).isEqualTo(204);
			assertThat(response.body()).isNull();
			RecordedRequest delete = fake.lastRequest();
			assertThat(delete.method()).isEqualTo("DELETE");
			assertThat(delete.header("X-Atlassian-Token")).isEqualTo("no-check");
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void everyMethodReadsA204AsVoid() {
		fake.inject(Fault.on("POST", "/wiki/api/v2/things").status(204));
		fake.inject(Fault.on("PUT", "/wiki/api/v2/things/1").status(204));
		fake.inject(Fault.on("GET", "/wiki/api/v2/things/1").status(204));
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			assertThat(api.send(HttpMethod.POST, Map.of("a", 1), Void.class, "/wiki/api/v2/things").status())
				.isEqualTo(204);
			assertThat(api.send(HttpMethod.PUT, Map.of("a", 2), Void.class, "/wiki/api/v2/things/{id}", 1).body())
				.isNull();
			assertThat(api.get("/wiki/api/v2/things/{id}", Void.class, 1).status()).isEqualTo(204);
		});
	}

	@Test
	void aTypedReadOfA204SaysThatABodyWasExpected() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/things/1").status(204).header("ATL-TraceId", "trace-204"));
		this.contextRunner.run((context) -> {
			ConfluenceResponseFormatException ex = catchThrowableOfType(ConfluenceResponseFormatException.class,
					() -> context.getBean(ConfluenceApiClient.class).get("/wiki/api/v2/things/{id}", Map.class, 1));
			assertThat(ex.statusCode()).isEqualTo(204);
			assertThat(ex.traceId()).isEqualTo("trace-204");
			assertThat(ex).hasMessageContaining("without a body").hasMessageContaining("Map was expected");
		});
	}

	@Test
	void streamsV2ListsLazilyThroughEveryPage() {
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			List<String> keys = api.stream(V2_SPACES + "?limit={limit}", Map.class, 25)
				.map((space) -> (String) space.get("key"))
				.toList();
			assertThat(keys).hasSize(60).doesNotHaveDuplicates();
			assertThat(fake.requests()).hasSize(3);
			fake.clearRequests();
			assertThat(api.stream(V2_SPACES + "?limit={limit}", Map.class, 25).findFirst()).isPresent();
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void streamsV1ListsWhoseNextLinksAreRelativeToTheWikiContextKeepingTheGatewayPrefix() {
		try (FakeConfluence gateway = FakeConfluence.builder()
			.pathPrefix("/ex/confluence/cloud-7")
			.spaces(60)
			.start()) {
			TestContexts.runner(gateway).run((context) -> {
				ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
				assertThat(api.stream(V1_SPACES + "?limit={limit}", Map.class, 25).count()).isEqualTo(60);
				assertThat(gateway.requests()).hasSize(3)
					.allSatisfy((request) -> assertThat(request.rawPath())
						.isEqualTo("/ex/confluence/cloud-7/wiki/rest/api/space"));
			});
		}
	}

	@Test
	void mapsItemsWithTheirListContextAndSkipsWhatTheMapperDrops() {
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			List<URI> urls = api.stream(V2_SPACES + "?limit={limit}", Map.class, (space, list) -> {
				assertThat(list.response().status()).isEqualTo(200);
				String key = (String) space.get("key");
				Object links = space.get("_links");
				String webui = (links instanceof Map<?, ?> map) ? (String) map.get("webui") : null;
				return key.endsWith("0") ? list.webUrl(webui) : null;
			}, 250).toList();
			assertThat(urls).hasSize(6)
				.allSatisfy((url) -> assertThat(url.toString()).startsWith(fake.baseUrl() + "/wiki/spaces/SPACE"));
		});
	}

	@Test
	void aNextLinkToAnotherOriginEndsTheStreamWithTheResponsesStatusAndTraceId() {
		fake.inject(Fault.on("GET", V2_SPACES)
			.status(200)
			.header("ATL-TraceId", "trace-next")
			.body("application/json",
					"{\"results\":[{\"id\":\"1\",\"key\":\"A\"}],\"_links\":{\"next\":\"https://evil.example/wiki/api/v2/spaces?cursor=x\"}}"));
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			ConfluenceException ex = catchThrowableOfType(ConfluenceException.class,
					() -> api.stream(V2_SPACES + "?limit=1", Map.class).toList());
			assertThat(ex).hasMessageContaining("another origin").hasMessageContaining("evil.example");
			assertThat(ex.statusCode()).isEqualTo(200);
			assertThat(ex.traceId()).isEqualTo("trace-next");
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void aMalformedNextLinkIsAFormatErrorWithTheResponsesStatus() {
		fake.inject(Fault.on("GET", V2_SPACES)
			.status(200)
			.body("application/json", "{\"results\":[],\"_links\":{\"next\":\"/wiki/api/v2/spaces?cursor=a b\"}}"));
		this.contextRunner.run((context) -> {
			ConfluenceResponseFormatException ex = catchThrowableOfType(ConfluenceResponseFormatException.class,
					() -> context.getBean(ConfluenceApiClient.class).stream(V2_SPACES, Map.class).toList());
			assertThat(ex.statusCode()).isEqualTo(200);
			assertThat(ex).hasMessageContaining("malformed");
		});
	}

	@Test
	void webUrlsResolveAgainstTheResponsesBase() {
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			assertThat(api.webUrl("https://site.atlassian.net/wiki", "/spaces/ENG"))
				.isEqualTo(URI.create("https://site.atlassian.net/wiki/spaces/ENG"));
			assertThat(api.webUrl(null, "/spaces/ENG")).isEqualTo(URI.create(fake.baseUrl() + "/wiki/spaces/ENG"));
			assertThat(api.webUrl("https://site.atlassian.net/wiki", null)).isNull();
		});
	}

}
