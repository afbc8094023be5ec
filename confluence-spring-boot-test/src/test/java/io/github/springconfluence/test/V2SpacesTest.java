package io.github.springconfluence.test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class V2SpacesTest {

	static final String PREFIX = "/ex/confluence/cloud-123";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix(PREFIX));

	@BeforeAll
	static void seed(FakeConfluence fake) {
		fake.addSpace(FakeSpace.of("DOCS", "Documentation").withLabels("docs", "team").withDescription("All docs"));
		fake.addSpace(FakeSpace.of("ARCH", "archive").withStatus("archived").withLabels("old"));
		fake.addSpace(FakeSpace.of("~BOB", "Bob").withType("personal"));
		fake.seedSpaces(4); // SPACE1..SPACE4
	}

	@Test
	void pagesThroughEverySpaceFollowingSiteRelativeNextLinksBehindAPrefix(FakeConfluence fake) {
		List<String> keys = new ArrayList<>();
		List<String> nexts = new ArrayList<>();
		String path = "/wiki/api/v2/spaces?limit=3&description-format=plain";
		while (path != null) {
			HttpResponse<String> response = Http.get(fake, path);
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = Http.json(response);
			body.path("results").forEach(space -> keys.add(space.path("key").asString()));
			assertThat(body.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
			String next = body.path("_links").path("next").asString(null);
			if (next != null) {
				nexts.add(next);
				assertThat(next).startsWith("/wiki/api/v2/spaces?")
					.doesNotContain(PREFIX)
					.contains("limit=3")
					.contains("description-format=plain")
					.contains("cursor=");
				assertThat(response.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
			}
			else {
				assertThat(response.headers().firstValue("Link")).isEmpty();
			}
			// The client keeps the prefix of its base URL: next is relative to the site,
			// not the gateway.
			path = next;
		}

		assertThat(nexts).hasSize(2);
		assertThat(keys).containsExactly("DOCS", "ARCH", "~BOB", "SPACE1", "SPACE2", "SPACE3", "SPACE4");
		assertThat(fake.requests()).hasSize(3).allSatisfy(request -> {
			assertThat(request.rawPath()).isEqualTo(PREFIX + "/wiki/api/v2/spaces");
			assertThat(request.path()).isEqualTo("/wiki/api/v2/spaces");
		});
	}

	@Test
	void rendersSpacesLikeConfluence(FakeConfluence fake) {
		FakeSpace docs = fake.space("DOCS").orElseThrow();
		JsonNode plain = Http.json(Http.get(fake, "/wiki/api/v2/spaces?keys=DOCS&description-format=plain"))
			.path("results")
			.get(0);
		JsonNode bare = Http.json(Http.get(fake, "/wiki/api/v2/spaces?keys=DOCS")).path("results").get(0);

		assertThat(plain.path("id").isString()).isTrue();
		assertThat(plain.path("id").asString()).isEqualTo(Long.toString(docs.id()));
		assertThat(plain.path("key").asString()).isEqualTo("DOCS");
		assertThat(plain.path("name").asString()).isEqualTo("Documentation");
		assertThat(plain.path("type").asString()).isEqualTo("global");
		assertThat(plain.path("status").asString()).isEqualTo("current");
		assertThat(plain.path("authorId").asString()).isEqualTo(FakeConfluence.DEFAULT_ACCOUNT_ID);
		assertThat(plain.path("spaceOwnerId").asString()).isEqualTo(FakeConfluence.DEFAULT_ACCOUNT_ID);
		assertThat(plain.path("currentActiveAlias").asString()).isEqualTo("DOCS");
		assertThat(plain.path("createdAt").asString()).isEqualTo(docs.createdAt().toString());
		assertThat(plain.path("homepageId").asString()).isEqualTo(Long.toString(docs.homepageId()));
		assertThat(plain.path("icon").isNull()).isTrue();
		assertThat(plain.path("_links").path("webui").asString()).isEqualTo("/spaces/DOCS");
		assertThat(plain.path("description").path("plain").path("value").asString()).isEqualTo("All docs");
		assertThat(plain.path("description").path("plain").path("representation").asString()).isEqualTo("plain");
		assertThat(bare.path("description").isNull()).isTrue();
	}

	@Test
	void filtersByIdsKeysLabelsTypeAndStatus(FakeConfluence fake) {
		long docsId = fake.space("DOCS").orElseThrow().id();
		long bobId = fake.space("~BOB").orElseThrow().id();

		assertThat(keys(fake, "ids=" + docsId + "," + bobId)).containsExactly("DOCS", "~BOB");
		assertThat(keys(fake, "ids=" + docsId + "&ids=" + bobId)).containsExactly("DOCS", "~BOB");
		assertThat(keys(fake, "keys=SPACE2,DOCS,NOPE")).containsExactly("DOCS", "SPACE2");
		assertThat(keys(fake, "labels=team,old")).containsExactly("DOCS", "ARCH");
		assertThat(keys(fake, "type=personal")).containsExactly("~BOB");
		assertThat(keys(fake, "status=archived")).containsExactly("ARCH");
		assertThat(keys(fake, "status=current&type=global&labels=docs")).containsExactly("DOCS");
	}

	@Test
	void sortsAndPagesInEveryOrder(FakeConfluence fake) {
		assertThat(allKeys(fake, "sort=-id&limit=2")).containsExactly("SPACE4", "SPACE3", "SPACE2", "SPACE1", "~BOB",
				"ARCH", "DOCS");
		assertThat(allKeys(fake, "sort=key&limit=2")).containsExactly("ARCH", "DOCS", "SPACE1", "SPACE2", "SPACE3",
				"SPACE4", "~BOB");
		// Name order ignores case: "archive" comes first.
		assertThat(allKeys(fake, "sort=name&limit=3")).containsExactly("ARCH", "~BOB", "DOCS", "SPACE1", "SPACE2",
				"SPACE3", "SPACE4");
		assertThat(allKeys(fake, "sort=-name&limit=3")).containsExactly("SPACE4", "SPACE3", "SPACE2", "SPACE1", "DOCS",
				"~BOB", "ARCH");
	}

	@Test
	void nextRepeatsFiltersAndSort(FakeConfluence fake) {
		JsonNode body = Http.json(Http.get(fake, "/wiki/api/v2/spaces?limit=1&labels=docs,old&sort=-key"));

		String next = body.path("_links").path("next").asString();
		assertThat(next).contains("limit=1").contains("labels=docs,old").contains("sort=-key");
		assertThat(body.path("results").get(0).path("key").asString()).isEqualTo("DOCS");
		JsonNode second = Http.json(Http.get(fake, next));
		assertThat(second.path("results").get(0).path("key").asString()).isEqualTo("ARCH");
		assertThat(second.path("_links").has("next")).isFalse();
	}

	@Test
	void rejectsBadLimitsSortsAndCursorsWithTheV2Envelope(FakeConfluence fake) {
		for (String query : List.of("limit=0", "limit=251", "limit=abc", "sort=size", "cursor=not-a-cursor",
				"ids=12x")) {
			HttpResponse<String> response = Http.get(fake, "/wiki/api/v2/spaces?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			JsonNode error = Http.json(response).path("errors").get(0);
			assertThat(error.path("status").asInt()).as(query).isEqualTo(400);
			assertThat(error.path("code").asString()).as(query).isNotEmpty();
			assertThat(error.has("detail")).as(query).isTrue();
		}
		assertThat(Http.get(fake, "/wiki/api/v2/spaces?limit=250").statusCode()).isEqualTo(200);
		// A cursor belongs to its sort order.
		String next = Http.json(Http.get(fake, "/wiki/api/v2/spaces?limit=1")).path("_links").path("next").asString();
		String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
		assertThat(Http.get(fake, "/wiki/api/v2/spaces?sort=name&cursor=" + cursor).statusCode()).isEqualTo(400);
	}

	@Test
	void getsOneSpaceById(FakeConfluence fake) {
		FakeSpace docs = fake.space("DOCS").orElseThrow();

		HttpResponse<String> found = Http.get(fake, "/wiki/api/v2/spaces/" + docs.id());
		HttpResponse<String> missing = Http.get(fake, "/wiki/api/v2/spaces/1");
		HttpResponse<String> notNumeric = Http.get(fake, "/wiki/api/v2/spaces/DOCS");

		assertThat(found.statusCode()).isEqualTo(200);
		JsonNode space = Http.json(found);
		assertThat(space.path("key").asString()).isEqualTo("DOCS");
		assertThat(space.path("id").asString()).isEqualTo(Long.toString(docs.id()));
		assertThat(space.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(missing.statusCode()).isEqualTo(404);
		JsonNode notFound = Http.json(missing).path("errors").get(0);
		assertThat(notFound.path("status").asInt()).isEqualTo(404);
		assertThat(notFound.path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(notFound.path("title").asString()).isEqualTo("Not Found");
		assertThat(notFound.path("detail").isNull()).isTrue();
		assertThat(notNumeric.statusCode()).isEqualTo(400);
		assertThat(Http.json(notNumeric).path("errors").get(0).path("status").asInt()).isEqualTo(400);
	}

	@Test
	void answersPathsOutsideThePrefixWith404(FakeConfluence fake) {
		String origin = "http://127.0.0.1:" + fake.port();
		HttpResponse<String> response = Http
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(origin + "/wiki/api/v2/spaces"))
				.header("Authorization", Http.basic(fake))
				.build());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Http.json(response).path("statusCode").asInt()).isEqualTo(404);
	}

	private static List<String> keys(FakeConfluence fake, String query) {
		List<String> keys = new ArrayList<>();
		Http.json(Http.get(fake, "/wiki/api/v2/spaces?" + query))
			.path("results")
			.forEach(space -> keys.add(space.path("key").asString()));
		return keys;
	}

	private static List<String> allKeys(FakeConfluence fake, String query) {
		List<String> keys = new ArrayList<>();
		Optional<String> path = Optional.of("/wiki/api/v2/spaces?" + query);
		while (path.isPresent()) {
			JsonNode body = Http.json(Http.get(fake, path.get()));
			body.path("results").forEach(space -> keys.add(space.path("key").asString()));
			path = Optional.ofNullable(body.path("_links").path("next").asString(null));
		}
		return keys;
	}

}
