package io.github.springconfluence.space;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.TestContexts.ThrowingConsumer;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ConfluenceSpaceService} over real HTTP against {@link FakeConfluence}.
 */
class ConfluenceSpaceServiceTests {

	private static final String V2_SPACES = "/wiki/api/v2/spaces";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake);

	@BeforeEach
	void reset() {
		fake.clearSpaces(); // FakeConfluenceExtension resets faults and the journal
	}

	@Test
	void streamsEverySpaceAcrossPages() {
		fake.seedSpaces(620);
		withService((spaces) -> {
			List<Space> all = spaces.spaces().toList();
			assertThat(all).hasSize(620);
			assertThat(all).extracting(Space::key).doesNotHaveDuplicates();
			List<RecordedRequest> requests = fake.requests("GET", V2_SPACES);
			assertThat(requests).hasSize(3);
			assertThat(requests.get(0).queryParam("limit")).isEqualTo("250");
			assertThat(requests.get(1).queryParam("cursor")).isNotBlank();
			assertThat(requests).allSatisfy((request) -> assertThat(request.rawPath()).isEqualTo(V2_SPACES));
		});
	}

	@Test
	void readsLazily() {
		fake.seedSpaces(600);
		withService((spaces) -> {
			Stream<Space> stream = spaces.spaces();
			assertThat(fake.requests()).isEmpty();
			assertThat(stream.findFirst()).isPresent();
			assertThat(fake.requests()).hasSize(1);
			fake.clearRequests();
			Iterator<Space> iterator = spaces.spaces(SpaceQuery.builder().pageSize(100).build()).iterator();
			for (int i = 0; i < 100; i++) {
				iterator.next();
			}
			assertThat(fake.requests()).hasSize(1);
			iterator.next();
			assertThat(fake.requests()).hasSize(2);
		});
	}

	@Test
	void followsTheLinkHeaderWhenTheBodyHasNoNextLink() {
		fake.seedSpaces(3);
		String firstPage = "{\"results\":[{\"id\":\"1\",\"key\":\"A\",\"name\":\"A\",\"type\":\"global\",\"status\":\"current\"}],"
				+ "\"_links\":{\"base\":\"" + fake.baseUrl() + "/wiki\"}}";
		fake.inject(Fault.on("GET", V2_SPACES)
			.status(200)
			.header("Link", "</wiki/api/v2/spaces?keys=SPACE2>; rel=\"next\"")
			.body("application/json", firstPage));
		withService((spaces) -> {
			assertThat(spaces.spaces().map(Space::key).toList()).containsExactly("A", "SPACE2");
			assertThat(fake.requests("GET", V2_SPACES)).hasSize(2);
			assertThat(fake.requests().get(1).queryParam("keys")).isEqualTo("SPACE2");
		});
	}

	@Test
	void keepsTheGatewayPrefixOnEveryRequestIncludingPagination() {
		try (FakeConfluence gateway = FakeConfluence.builder().pathPrefix("/ex/confluence/cloud-42").start()) {
			gateway.seedSpaces(510);
			TestContexts.runner(gateway).run((context) -> {
				ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
				assertThat(spaces.spaces().count()).isEqualTo(510);
				assertThat(spaces.findById(String.valueOf(gateway.spaces().get(0).id()))).isPresent();
				assertThat(spaces.findByKey("SPACE1")).isPresent();
				spaces.create(new NewSpace("GW", "Gateway", null));
				assertThat(gateway.requests()).hasSize(7) // 3 pages, 2 finds, the create
															// and its read-back
					.allSatisfy((request) -> assertThat(request.rawPath()).startsWith("/ex/confluence/cloud-42/wiki/"));
			});
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/", "/wiki", "/wiki/" })
	void acceptsEveryBaseUrlSpellingWithoutDoublingWiki(String suffix) {
		fake.seedSpaces(260);
		FakeSpace first = fake.spaces().get(0);
		TestContexts.runner(fake)
			.withPropertyValues("confluence.base-url=" + fake.baseUrl() + suffix)
			.run((context) -> {
				ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
				assertThat(spaces.spaces().count()).isEqualTo(260);
				assertThat(spaces.findById(String.valueOf(first.id()))).isPresent();
				assertThat(fake.requests()).isNotEmpty()
					.allSatisfy((request) -> assertThat(request.rawPath()).startsWith("/wiki/")
						.doesNotContain("/wiki/wiki"));
			});
	}

	@Test
	void mapsEveryFieldOfAV2Space() {
		FakeSpace eng = fake.addSpace(FakeSpace.of("ENG", "Engineering").withDescription("Where we build things"));
		withService((spaces) -> {
			Space space = spaces.findByKey("ENG").orElseThrow();
			assertThat(space.id()).isEqualTo(String.valueOf(eng.id()));
			assertThat(space.key()).isEqualTo("ENG");
			assertThat(space.name()).isEqualTo("Engineering");
			assertThat(space.type()).isEqualTo("global");
			assertThat(space.status()).isEqualTo("current");
			assertThat(space.description()).isEqualTo("Where we build things");
			assertThat(space.homepageId()).isEqualTo(String.valueOf(eng.homepageId()));
			assertThat(space.authorId()).isEqualTo(eng.authorId());
			assertThat(space.createdAt()).isEqualTo(eng.createdAt());
			assertThat(space.webUrl()).isEqualTo(URI.create(fake.baseUrl() + "/wiki/spaces/ENG"));
			assertThat(spaces.findById(space.id())).contains(space);
		});
	}

	@Test
	void toleratesUnknownTypesUnknownFieldsAndMissingOptionalValues() {
		String page = "{\"results\":[{\"id\":\"7\",\"key\":\"NEW\",\"name\":null,\"type\":\"galactic_hub\","
				+ "\"status\":\"current\",\"createdAt\":\"not a date\",\"somethingNew\":{\"x\":[1,2]},"
				+ "\"description\":null,\"_links\":{}}],\"_links\":{},\"extra\":true}";
		fake.inject(Fault.on("GET", V2_SPACES).status(200).body("application/json", page));
		withService((spaces) -> {
			Space space = spaces.spaces().findFirst().orElseThrow();
			assertThat(space.type()).isEqualTo("galactic_hub");
			assertThat(space.name()).isEqualTo("NEW");
			assertThat(space.createdAt()).isNull();
			assertThat(space.webUrl()).isNull();
		});
	}

	@Test
	void filtersWithEveryQueryParameter() {
		fake.addSpace(FakeSpace.of("ENG", "Engineering").withLabels("tech"));
		fake.addSpace(FakeSpace.of("OPS", "Operations").withStatus("archived"));
		fake.addSpace(FakeSpace.of("~jane", "Jane").withType("personal"));
		withService((spaces) -> {
			assertThat(spaces.spaces(SpaceQuery.builder().keys("ENG", "OPS").build()).map(Space::key))
				.containsExactlyInAnyOrder("ENG", "OPS");
			assertThat(fake.lastRequest().rawQuery()).contains("keys=ENG,OPS");
			assertThat(spaces.spaces(SpaceQuery.builder().type("personal").build()).map(Space::key))
				.containsExactly("~jane");
			assertThat(spaces.spaces(SpaceQuery.builder().status("archived").build()).map(Space::key))
				.containsExactly("OPS");
			assertThat(spaces.spaces(SpaceQuery.builder().labels("tech").build()).map(Space::key))
				.containsExactly("ENG");
			String opsId = spaces.findByKey("OPS").orElseThrow().id();
			assertThat(spaces.spaces(SpaceQuery.builder().ids(opsId).build()).map(Space::key)).containsExactly("OPS");
			assertThat(spaces.spaces(SpaceQuery.builder().sort("-key").build()).map(Space::key))
				.containsExactly("~jane", "OPS", "ENG");
			spaces.spaces(SpaceQuery.builder().keys("A&limit=1").build()).toList();
			assertThat(fake.lastRequest().queryParam("keys")).isEqualTo("A&limit=1");
			assertThat(fake.lastRequest().queryParam("limit")).isEqualTo("250");
		});
	}

	@Test
	void aSpaceWithoutDescriptionHasANullDescription() {
		fake.addSpace("BARE", "No description");
		withService((spaces) -> assertThat(spaces.findByKey("BARE").orElseThrow().description()).isNull());
	}

	@Test
	void rejectsAnEmptyUpdate() {
		withService((spaces) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> spaces.update("ENG", new SpaceUpdate(null, null))));
	}

	@Test
	void rejectsInvalidQueries() {
		assertThatIllegalArgumentException().isThrownBy(() -> SpaceQuery.builder().pageSize(0));
		assertThatIllegalArgumentException().isThrownBy(() -> SpaceQuery.builder().pageSize(251));
		assertThatIllegalArgumentException().isThrownBy(() -> SpaceQuery.builder().keys("A,B"));
		assertThatIllegalArgumentException().isThrownBy(() -> SpaceQuery.builder().ids("abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> SpaceQuery.builder().sort("created"));
	}

	@Test
	void missingSpacesAreEmptyNotErrors() {
		fake.addSpace("ENG", "Engineering");
		withService((spaces) -> {
			assertThat(spaces.findByKey("NOPE")).isEmpty();
			assertThat(spaces.findById("999999")).isEmpty();
			assertThat(fake.lastRequest().rawPath()).isEqualTo(V2_SPACES + "/999999");
			fake.clearRequests();
			assertThat(spaces.findById("not-a-number")).isEmpty();
			assertThat(fake.requests()).isEmpty();
		});
	}

	@Test
	void createsUpdatesAndDeletesThroughV1() {
		withService((spaces) -> {
			Space created = spaces.create(new NewSpace("DOCS", "Documentation", "All the docs"));
			assertThat(created.key()).isEqualTo("DOCS");
			assertThat(created.name()).isEqualTo("Documentation");
			assertThat(created.description()).isEqualTo("All the docs");
			assertThat(created.id()).matches("\\d+");
			assertThat(created.webUrl()).isEqualTo(URI.create(fake.baseUrl() + "/wiki/spaces/DOCS"));
			assertThat(fake.requests()).extracting(RecordedRequest::method).containsExactly("POST", "GET");
			RecordedRequest post = fake.requests().get(0);
			assertThat(post.rawPath()).isEqualTo("/wiki/rest/api/space");
			assertThat(post.rawQuery()).isNull(); // the 2026 v1 description defines no
													// expand here
			assertThat(fake.lastRequest().rawPath()).isEqualTo("/wiki/api/v2/spaces");
			assertThat(post.bodyAsString()).contains("\"key\":\"DOCS\"").contains("\"representation\":\"plain\"");
			assertThat(fake.space("DOCS")).isPresent();

			fake.clearRequests();
			Space updated = spaces.update("DOCS", new SpaceUpdate("Docs", null));
			assertThat(updated.name()).isEqualTo("Docs");
			assertThat(updated.description()).isEqualTo("All the docs");
			assertThat(updated.createdAt()).isNotNull();
			RecordedRequest put = fake.requests().get(0);
			assertThat(put.method()).isEqualTo("PUT");
			assertThat(put.rawQuery()).isNull();
			assertThat(put.header("X-Atlassian-Token")).isEqualTo("no-check");
			assertThat(put.bodyAsString()).doesNotContain("description");
			assertThat(fake.requests()).hasSize(2);

			LongTask task = spaces.delete("DOCS");
			assertThat(task.id()).isNotBlank();
			assertThat(task.statusPath()).isEqualTo("/wiki/rest/api/longtask/" + task.id());
			assertThat(fake.lastRequest().method()).isEqualTo("DELETE");
			assertThat(fake.space("DOCS")).isEmpty();
		});
	}

	@Test
	void writeFailuresCarryConfluencesMessage() {
		fake.addSpace("ENG", "Engineering");
		withService((spaces) -> {
			assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(() -> spaces.create(new NewSpace("ENG", "Again", null)))
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(400);
					assertThat(ex.traceId()).isNotBlank();
				})
				.withMessageContaining("A space already exists with key ENG");
			assertThatExceptionOfType(ConfluenceNotFoundException.class)
				.isThrownBy(() -> spaces.update("NOPE", new SpaceUpdate("x", null)));
			assertThatExceptionOfType(ConfluenceNotFoundException.class).isThrownBy(() -> spaces.delete("NOPE"));
		});
	}

	@Test
	void detectsARepeatingNextLink() {
		String page = "{\"results\":[{\"id\":\"1\",\"key\":\"A\",\"name\":\"A\",\"type\":\"global\",\"status\":\"current\"}],"
				+ "\"_links\":{\"next\":\"/wiki/api/v2/spaces?cursor=same\"}}";
		fake.inject(Fault.on("GET", V2_SPACES).times(Fault.ALWAYS).status(200).body("application/json", page));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceException.class)
			.isThrownBy(() -> spaces.spaces().toList())
			.withMessageContaining("twice"));
		assertThat(fake.requests()).hasSize(2);
	}

	@Test
	void refusesANextLinkToAnotherOrigin() {
		try (FakeConfluence other = new FakeConfluence().start()) {
			String page = "{\"results\":[{\"id\":\"1\",\"key\":\"A\",\"name\":\"A\",\"type\":\"global\",\"status\":\"current\"}],"
					+ "\"_links\":{\"next\":\"" + other.baseUrl() + "/wiki/api/v2/spaces?cursor=x\"}}";
			fake.inject(Fault.on("GET", V2_SPACES).status(200).body("application/json", page));
			withService((spaces) -> assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(() -> spaces.spaces().toList())
				.withMessageContaining("another origin"));
			assertThat(other.requests()).isEmpty();
		}
	}

	private void withService(ThrowingConsumer<ConfluenceSpaceService> test) {
		TestContexts.withBean(this.contextRunner, fake, ConfluenceSpaceService.class, test);
	}

}
