package io.github.springconfluence.test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code expand} values of the v1 search that the fake fills in on page results
 * ({@code content.ancestors}, {@code content.metadata.labels}, {@code content.space},
 * {@code content.version}), with request validation on, and carried on in the paging
 * links.
 */
class V1SearchExpansionsTest {

	private static final String EXPAND = "content.ancestors,content.metadata.labels,content.space,content.version";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private long home;

	private FakePage parent;

	private FakePage child;

	@BeforeEach
	void addContent(FakeConfluence fake) {
		fake.clearSpaces();
		home = fake.addSpace("ENG", "Engineering").homepageId();
		parent = fake.addPage("ENG", "Guides", home, "<p>guides</p>");
		child = fake.addPage("ENG", "Install", parent.id(), "<p>install</p>");
		fake.addLabel(child.id(), "howto");
		fake.addLabel(child.id(), "Setup");
		fake.editPage(child.id(), "Install", "<p>install, edited</p>");
		fake.setPageDates(child.id(), Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-05-06T07:08:09Z"));
	}

	@Test
	void expandsAncestorsRootFirstLabelsSpaceAndVersion(FakeConfluence fake) {
		JsonNode content = only(search(fake, "id = " + child.id(), "&expand=" + encode(EXPAND)));

		List<String> ancestors = new ArrayList<>();
		content.path("ancestors")
			.forEach((ancestor) -> ancestors.add(ancestor.path("id").asString() + ":" + ancestor.path("type").asString()
					+ ":" + ancestor.path("title").asString()));
		assertThat(ancestors).containsExactly(home + ":page:Engineering Home", parent.id() + ":page:Guides");
		JsonNode labels = content.path("metadata").path("labels");
		List<String> names = new ArrayList<>();
		labels.path("results").forEach((label) -> {
			names.add(label.path("prefix").asString() + ":" + label.path("name").asString());
			assertThat(label.path("id").asString()).matches("[0-9]+");
		});
		assertThat(names).containsExactly("global:howto", "global:setup");
		assertThat(labels.path("size").asInt()).isEqualTo(2);
		assertThat(content.path("space").path("key").asString()).isEqualTo("ENG");
		assertThat(content.path("space").path("name").asString()).isEqualTo("Engineering");
		assertThat(content.path("space").path("id").isMissingNode()).isFalse();
		JsonNode version = content.path("version");
		assertThat(version.path("number").asInt()).isEqualTo(2);
		assertThat(Instant.parse(version.path("when").asString())).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
		assertThat(version.path("by").path("accountId").asString()).isEqualTo(FakeConfluence.OTHER_EDITOR_ACCOUNT_ID);
		assertThat(content.path("_expandable").has("ancestors")).isFalse();
		assertThat(content.path("_expandable").has("version")).isFalse();
		assertThat(content.path("_expandable").has("metadata")).isFalse();
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void aPageAtTheTopHasNoAncestorsAndWithoutExpandNothingIsExpanded(FakeConfluence fake) {
		JsonNode top = only(search(fake, "id = " + home, "&expand=content.ancestors"));
		assertThat(top.path("ancestors").isArray()).isTrue();
		assertThat(top.path("ancestors")).isEmpty();
		assertThat(top.has("version")).isFalse();

		JsonNode plain = only(search(fake, "id = " + child.id(), ""));
		assertThat(plain.has("ancestors")).isFalse();
		assertThat(plain.has("metadata")).isFalse();
		assertThat(plain.has("version")).isFalse();
		assertThat(plain.path("_expandable").has("ancestors")).isTrue();
	}

	@Test
	void nextLinksCarryTheExpansionsOn(FakeConfluence fake) {
		JsonNode first = search(fake, "type = page ORDER BY id", "&limit=2&expand=" + encode(EXPAND));
		String next = first.path("_links").path("next").asString();
		assertThat(next).contains("&expand=" + encode(EXPAND).replace("+", "%20"));
		JsonNode second = Http
			.json(Http.send(Http.authorized(fake, "").uri(URI.create(fake.baseUrl() + "/wiki" + next)).GET().build()));
		JsonNode content = second.path("results").get(0).path("content");
		assertThat(content.path("id").asString()).isEqualTo(Long.toString(child.id()));
		assertThat(content.path("ancestors")).hasSize(2);
		assertThat(content.path("version").path("number").asInt()).isEqualTo(2);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	private static JsonNode search(FakeConfluence fake, String cql, String more) {
		var response = Http.get(fake, "/wiki/rest/api/search?cql=" + encode(cql) + more);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Http.json(response);
	}

	private static JsonNode only(JsonNode body) {
		assertThat(body.path("results")).hasSize(1);
		return body.path("results").get(0).path("content");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
