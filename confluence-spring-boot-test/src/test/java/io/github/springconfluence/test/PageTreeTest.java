package io.github.springconfluence.test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page tree through a gateway prefix: children, descendants, ancestors, and the v1
 * move.
 */
class PageTreeTest {

	private static final AtomicInteger SPACES = new AtomicInteger();

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix("/ex/confluence/cloud-tree"));

	private FakeSpace space;

	private long home;

	@BeforeEach
	void addSpace(FakeConfluence fake) {
		space = fake.addSpace("TR" + SPACES.incrementAndGet(), "Tree " + SPACES.get());
		home = fake.homePageId(space.key());
	}

	@Test
	void listsDirectChildrenInPositionOrderWithCursorPaging(FakeConfluence fake) {
		List<String> ids = new ArrayList<>();
		for (String title : List.of("Zeta", "Alpha", "Mid")) {
			ids.add(Long.toString(fake.addPage(space.key(), title, home, "").id()));
		}
		String path = "/wiki/api/v2/pages/" + home + "/direct-children?limit=2";
		HttpResponse<String> first = Http.get(fake, path);
		JsonNode body = Http.json(first);
		String next = body.path("_links").path("next").asString();
		JsonNode second = Http
			.json(Http.send(Http.authorized(fake, "").uri(URI.create(fake.baseUrl() + next)).GET().build()));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(body.path("results")).extracting(c -> c.path("id").asString())
			.containsExactly(ids.get(0), ids.get(1));
		JsonNode child = body.path("results").get(0);
		assertThat(child.path("title").asString()).isEqualTo("Zeta");
		assertThat(child.path("type").asString()).isEqualTo("page");
		assertThat(child.path("status").asString()).isEqualTo("current");
		assertThat(child.path("spaceId").asString()).isEqualTo(Long.toString(space.id()));
		assertThat(child.path("childPosition").asInt()).isZero();
		assertThat(body.path("results").get(1).path("childPosition").asInt()).isEqualTo(1);
		// Next links drop the gateway prefix, as Atlassian's gateway does.
		assertThat(next).startsWith("/wiki/api/v2/pages/" + home + "/direct-children?limit=2&cursor=");
		assertThat(first.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
		assertThat(second.path("results")).extracting(c -> c.path("id").asString()).containsExactly(ids.get(2));
		assertThat(second.path("_links").has("next")).isFalse();
		assertThat(Http.get(fake, "/wiki/api/v2/pages/888888888/direct-children").statusCode()).isEqualTo(404);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void listsDescendantsTopDownToTheRequestedDepth(FakeConfluence fake) {
		FakePage a = fake.addPage(space.key(), "A", home, "");
		FakePage b = fake.addPage(space.key(), "B", home, "");
		FakePage a1 = fake.addPage(space.key(), "A1", a.id(), "");
		FakePage a1x = fake.addPage(space.key(), "A1x", a1.id(), "");
		FakePage b1 = fake.addPage(space.key(), "B1", b.id(), "");

		JsonNode byDefault = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + home + "/descendants"));
		JsonNode deep = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + home + "/descendants?depth=3"));
		JsonNode shallow = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + home + "/descendants?depth=1"));

		// The description's default depth is 2.
		assertThat(byDefault.path("results")).extracting(d -> d.path("title").asString())
			.containsExactly("A", "B", "A1", "B1");
		assertThat(deep.path("results")).extracting(d -> d.path("title").asString())
			.containsExactly("A", "B", "A1", "B1", "A1x");
		JsonNode last = deep.path("results").get(4);
		assertThat(last.path("id").asString()).isEqualTo(Long.toString(a1x.id()));
		assertThat(last.path("depth").asInt()).isEqualTo(3);
		assertThat(last.path("parentId").asString()).isEqualTo(Long.toString(a1.id()));
		assertThat(last.path("type").asString()).isEqualTo("page");
		assertThat(deep.path("results").get(3).path("id").asString()).isEqualTo(Long.toString(b1.id()));
		assertThat(deep.path("results").get(0).path("depth").asInt()).isEqualTo(1);
		assertThat(shallow.path("results")).hasSize(2);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/" + home + "/descendants?depth=11").statusCode()).isEqualTo(400);
	}

	@Test
	void listsAncestorsFromTheTopOfTheSpace(FakeConfluence fake) {
		FakePage a = fake.addPage(space.key(), "A", home, "");
		FakePage a1 = fake.addPage(space.key(), "A1", a.id(), "");
		FakePage a1x = fake.addPage(space.key(), "A1x", a1.id(), "");

		JsonNode body = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + a1x.id() + "/ancestors"));
		JsonNode limited = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + a1x.id() + "/ancestors?limit=1"));

		assertThat(body.path("results")).extracting(n -> n.path("id").asString())
			.containsExactly(Long.toString(home), Long.toString(a.id()), Long.toString(a1.id()));
		assertThat(body.path("results").get(0).path("type").asString()).isEqualTo("page");
		assertThat(body.has("_links") && body.path("_links").has("next")).isFalse();
		assertThat(limited.path("results")).hasSize(1);
		assertThat(Http.json(Http.get(fake, "/wiki/api/v2/pages/" + home + "/ancestors")).path("results")).isEmpty();
	}

	@Test
	void movesPagesBeforeAfterAndIntoATarget(FakeConfluence fake) {
		FakePage a = fake.addPage(space.key(), "A", home, "");
		FakePage b = fake.addPage(space.key(), "B", home, "");
		FakePage c = fake.addPage(space.key(), "C", home, "");

		HttpResponse<String> before = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + c.id() + "/move/before/" + a.id(), null);
		List<String> afterBefore = childTitles(fake, home);
		HttpResponse<String> after = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + c.id() + "/move/after/" + b.id(), null);
		List<String> afterAfter = childTitles(fake, home);
		HttpResponse<String> append = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + a.id() + "/move/append/" + b.id(), null);

		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(Http.json(before).path("pageId").asString()).isEqualTo(Long.toString(c.id()));
		assertThat(afterBefore).containsExactly("C", "A", "B");
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(afterAfter).containsExactly("A", "B", "C");
		assertThat(append.statusCode()).isEqualTo(200);
		assertThat(childTitles(fake, home)).containsExactly("B", "C");
		assertThat(childTitles(fake, b.id())).containsExactly("A");
		assertThat(fake.page(a.id()).orElseThrow().parentId()).isEqualTo(b.id());
		assertThat(fake.page(c.id()).orElseThrow().position()).isEqualTo(1);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void moveRefusesLoopsTitleClashesAndMissingPages(FakeConfluence fake) {
		FakePage a = fake.addPage(space.key(), "Shared title", home, "");
		FakePage a1 = fake.addPage(space.key(), "A1", a.id(), "");
		FakeSpace other = fake.addSpace("TRO" + SPACES.incrementAndGet(), "Other tree");
		fake.addPage(other.key(), "Shared title", other.homepageId(), "");
		FakePage free = fake.addPage(space.key(), "Free title", home, "");

		HttpResponse<String> loop = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + a.id() + "/move/append/" + a1.id(), null);
		HttpResponse<String> clash = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + a.id() + "/move/append/" + other.homepageId(), null);
		HttpResponse<String> missing = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + a.id() + "/move/append/777777777", null);
		HttpResponse<String> noXsrf = Http
			.send(Http.authorized(fake, "/wiki/rest/api/content/" + a.id() + "/move/append/" + home)
				.PUT(java.net.http.HttpRequest.BodyPublishers.noBody())
				.build());
		HttpResponse<String> across = Http.v1Write(fake, "PUT",
				"/wiki/rest/api/content/" + free.id() + "/move/append/" + other.homepageId(), null);

		assertThat(loop.statusCode()).isEqualTo(400);
		assertThat(Http.json(loop).path("statusCode").asInt()).isEqualTo(400);
		assertThat(clash.statusCode()).isEqualTo(400);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(noXsrf.statusCode()).isEqualTo(403);
		assertThat(fake.page(a.id()).orElseThrow().parentId()).isEqualTo(home);
		assertThat(across.statusCode()).isEqualTo(200);
		assertThat(fake.page(free.id()).orElseThrow().spaceId()).isEqualTo(other.id());
	}

	private static List<String> childTitles(FakeConfluence fake, long id) {
		List<String> titles = new ArrayList<>();
		Http.json(Http.get(fake, "/wiki/api/v2/pages/" + id + "/direct-children"))
			.path("results")
			.forEach(child -> titles.add(child.path("title").asString()));
		return titles;
	}

}
