package io.github.springconfluence.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Versions and restore, labels and content properties of pages.
 */
class PageMetadataTest {

	private static final AtomicInteger SPACES = new AtomicInteger();

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private FakePage page;

	@BeforeEach
	void addPage(FakeConfluence fake) {
		FakeSpace space = fake.addSpace("MD" + SPACES.incrementAndGet(), "Metadata " + SPACES.get());
		page = fake.addPage(space.key(), "Original", null, "<p>one</p>");
	}

	@Test
	void listsVersionsNewestFirstWithCursorPaging(FakeConfluence fake) {
		fake.editPage(page.id(), "Second", "<p>two</p>");
		fake.editPage(page.id(), "Third", "<p>three</p>");

		HttpResponse<String> first = Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/versions?limit=2");
		JsonNode body = Http.json(first);
		String next = body.path("_links").path("next").asString();
		JsonNode rest = Http
			.json(Http.send(Http.authorized(fake, "").uri(URI.create(fake.baseUrl() + next)).GET().build()));
		JsonNode oldestFirst = Http
			.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/versions?sort=modified-date"));

		assertThat(body.path("results")).extracting(v -> v.path("number").asInt()).containsExactly(3, 2);
		JsonNode newest = body.path("results").get(0);
		assertThat(newest.path("message").asString()).isEqualTo("Edited by someone else");
		assertThat(newest.path("minorEdit").asBoolean()).isFalse();
		assertThat(newest.path("authorId").asString()).isNotEqualTo(fake.accountId()).isNotBlank();
		assertThat(newest.path("createdAt").asString()).endsWith("Z");
		assertThat(first.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
		assertThat(rest.path("results")).extracting(v -> v.path("number").asInt()).containsExactly(1);
		assertThat(rest.path("results").get(0).path("authorId").asString()).isEqualTo(fake.accountId());
		assertThat(oldestFirst.path("results")).extracting(v -> v.path("number").asInt()).containsExactly(1, 2, 3);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/999999999/versions").statusCode()).isEqualTo(404);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void getsAnEarlierVersionOfAPage(FakeConfluence fake) {
		fake.editPage(page.id(), "Second", "<p>two</p>");

		JsonNode first = Http
			.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?version=1&body-format=storage"));
		JsonNode current = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?body-format=storage"));

		assertThat(first.path("title").asString()).isEqualTo("Original");
		assertThat(first.path("version").path("number").asInt()).isEqualTo(1);
		assertThat(first.path("body").path("storage").path("value").asString()).isEqualTo("<p>one</p>");
		assertThat(current.path("title").asString()).isEqualTo("Second");
		assertThat(current.path("version").path("authorId").asString())
			.isEqualTo(FakeConfluence.OTHER_EDITOR_ACCOUNT_ID);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?version=9").statusCode()).isEqualTo(404);
	}

	@Test
	void restoresAnEarlierVersionAsANewOne(FakeConfluence fake) {
		fake.editPage(page.id(), "Renamed", "<p>two</p>");

		HttpResponse<String> restored = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/version",
				"{\"operationKey\":\"restore\",\"params\":{\"versionNumber\":1,\"message\":\"Back to one\","
						+ "\"restoreTitle\":true}}");
		HttpResponse<String> bodyOnly = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/version",
				"{\"operationKey\":\"restore\",\"params\":{\"versionNumber\":2,\"message\":\"Body of two\"}}");
		HttpResponse<String> unknown = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/version",
				"{\"operationKey\":\"restore\",\"params\":{\"versionNumber\":42,\"message\":\"x\"}}");

		assertThat(restored.statusCode()).isEqualTo(200);
		JsonNode version = Http.json(restored);
		assertThat(version.path("number").asInt()).isEqualTo(3);
		assertThat(version.path("message").asString()).isEqualTo("Back to one");
		assertThat(version.path("minorEdit").asBoolean()).isFalse();
		assertThat(version.path("when").asString()).endsWith("Z");
		assertThat(version.path("by").path("accountId").asString()).isEqualTo(fake.accountId());
		assertThat(bodyOnly.statusCode()).isEqualTo(200);
		FakePage current = fake.page(page.id()).orElseThrow();
		assertThat(current.version()).isEqualTo(4);
		assertThat(current.title()).isEqualTo("Original");
		assertThat(current.body()).isEqualTo("<p>two</p>");
		assertThat(fake.pageVersions(page.id()).get(2).body()).isEqualTo("<p>one</p>");
		assertThat(fake.pageVersions(page.id()).get(2).title()).isEqualTo("Original");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(unknown).path("statusCode").asInt()).isEqualTo(400);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void addsListsAndRemovesLabelsThroughV1AndV2(FakeConfluence fake) {
		HttpResponse<String> added = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/label",
				"[{\"prefix\":\"global\",\"name\":\"docs/api\"},{\"prefix\":\"global\",\"name\":\"release\"}]");
		HttpResponse<String> again = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/label",
				"[{\"prefix\":\"global\",\"name\":\"release\"}]");
		JsonNode listed = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/labels"));
		JsonNode paged = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/labels?limit=1"));
		JsonNode otherPrefix = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/labels?prefix=my"));

		assertThat(added.statusCode()).isEqualTo(200);
		JsonNode body = Http.json(added);
		assertThat(body.path("size").asInt()).isEqualTo(2);
		assertThat(body.path("start").asInt()).isZero();
		assertThat(body.path("limit").asInt()).isEqualTo(200);
		JsonNode first = body.path("results").get(0);
		assertThat(first.path("prefix").asString()).isEqualTo("global");
		assertThat(first.path("name").asString()).isEqualTo("docs/api");
		assertThat(first.path("label").asString()).isEqualTo("docs/api");
		assertThat(first.path("id").asString()).isNotBlank();
		assertThat(Http.json(again).path("size").asInt()).isEqualTo(2);
		assertThat(listed.path("results")).extracting(l -> l.path("name").asString())
			.containsExactly("docs/api", "release");
		assertThat(listed.path("results").get(0).path("prefix").asString()).isEqualTo("global");
		assertThat(listed.path("results").get(0).path("id").asString()).isEqualTo(first.path("id").asString());
		assertThat(paged.path("results")).hasSize(1);
		assertThat(paged.path("_links").path("next").asString()).contains("/labels?limit=1&cursor=");
		assertThat(otherPrefix.path("results")).isEmpty();

		String name = URLEncoder.encode("docs/api", StandardCharsets.UTF_8);
		HttpResponse<String> removed = Http.v1Write(fake, "DELETE",
				"/wiki/rest/api/content/" + page.id() + "/label?name=" + name, null);
		assertThat(removed.statusCode()).isEqualTo(204);
		assertThat(fake.labels(page.id())).containsExactly("release");
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void refusesInvalidLabelsAndMissingPages(FakeConfluence fake) {
		HttpResponse<String> spaced = Http.v1Write(fake, "POST", "/wiki/rest/api/content/" + page.id() + "/label",
				"[{\"prefix\":\"global\",\"name\":\"two words\"}]");
		HttpResponse<String> missing = Http.v1Write(fake, "POST", "/wiki/rest/api/content/999999999/label",
				"[{\"prefix\":\"global\",\"name\":\"x\"}]");
		HttpResponse<String> removeMissing = Http.v1Write(fake, "DELETE",
				"/wiki/rest/api/content/999999999/label?name=x", null);
		HttpResponse<String> noXsrf = Http.send(Http.authorized(fake, "/wiki/rest/api/content/" + page.id() + "/label")
			.header("Content-Type", "application/json")
			.POST(Http.json("[{\"prefix\":\"global\",\"name\":\"x\"}]"))
			.build());

		assertThat(spaced.statusCode()).isEqualTo(400);
		assertThat(Http.json(spaced).path("message").asString()).contains("two words");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(removeMissing.statusCode()).isEqualTo(404);
		assertThat(noXsrf.statusCode()).isEqualTo(403);
		assertThat(fake.labels(page.id())).isEmpty();
		fake.addLabel(page.id(), "Direct");
		assertThat(fake.labels(page.id())).containsExactly("direct");
		assertThatIllegalArgumentException().isThrownBy(() -> fake.addLabel(page.id(), "a b"));
	}

	@Test
	void createsReadsUpdatesAndDeletesContentProperties(FakeConfluence fake) {
		String path = "/wiki/api/v2/pages/" + page.id() + "/properties";
		HttpResponse<String> created = Http.sendJson(fake, "POST", path,
				"{\"key\":\"source-hash\",\"value\":{\"sha\":\"abc\",\"n\":1}}");
		JsonNode property = Http.json(created);
		String id = property.path("id").asString();
		HttpResponse<String> taken = Http.sendJson(fake, "POST", path, "{\"key\":\"source-hash\",\"value\":2}");
		JsonNode byKey = Http.json(Http.get(fake, path + "?key=source-hash"));
		JsonNode none = Http.json(Http.get(fake, path + "?key=other"));
		HttpResponse<String> stale = Http.sendJson(fake, "PUT", path + "/" + id,
				"{\"key\":\"source-hash\",\"value\":\"new\",\"version\":{\"number\":1}}");
		HttpResponse<String> updated = Http.sendJson(fake, "PUT", path + "/" + id,
				"{\"key\":\"source-hash\",\"value\":\"new\",\"version\":{\"number\":2,\"message\":\"rehash\"}}");

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(property.path("key").asString()).isEqualTo("source-hash");
		assertThat(property.path("value").path("sha").asString()).isEqualTo("abc");
		assertThat(property.path("version").path("number").asInt()).isEqualTo(1);
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(byKey.path("results")).hasSize(1);
		assertThat(byKey.path("results").get(0).path("id").asString()).isEqualTo(id);
		assertThat(none.path("results")).isEmpty();
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(Http.json(stale).path("errors").get(0).path("title").asString())
			.isEqualTo("Version must be incremented on update. Current version is: 1");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(Http.json(updated).path("version").path("number").asInt()).isEqualTo(2);
		assertThat(Http.json(updated).path("version").path("message").asString()).isEqualTo("rehash");
		assertThat(fake.properties(page.id())).containsEntry("source-hash", "\"new\"");
		assertThat(Http.json(Http.get(fake, path + "/" + id)).path("value").asString()).isEqualTo("new");

		HttpResponse<String> deleted = Http.send(Http.authorized(fake, path + "/" + id).DELETE().build());
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(fake.properties(page.id())).isEmpty();
		assertThat(Http.send(Http.authorized(fake, path + "/" + id).DELETE().build()).statusCode()).isEqualTo(404);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/999999999/properties").statusCode()).isEqualTo(404);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

}
