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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class V2PagesTest {

	private static final AtomicInteger SPACES = new AtomicInteger();

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private FakeSpace space;

	@BeforeEach
	void addSpace(FakeConfluence fake) {
		space = fake.addSpace("PG" + SPACES.incrementAndGet(), "Pages " + SPACES.get());
	}

	@Test
	void everySpaceHasARealHomePageAtTheTop(FakeConfluence fake) {
		long home = fake.homePageId(space.key());
		JsonNode page = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + home));
		JsonNode spaceJson = Http.json(Http.get(fake, "/wiki/api/v2/spaces/" + space.id()));

		assertThat(spaceJson.path("homepageId").asString()).isEqualTo(Long.toString(home));
		assertThat(page.path("id").asString()).isEqualTo(Long.toString(home));
		assertThat(page.path("title").asString()).isEqualTo(space.name() + " Home");
		assertThat(page.path("parentId").isNull()).isTrue();
		assertThat(fake.pages(space.key())).extracting(FakePage::id).containsExactly(home);
		// Page ids and home page ids come from one sequence: a new page never takes a
		// home page's id.
		FakePage added = fake.addPage(space.key(), "Next");
		FakeSpace later = fake.addSpace("PGX" + SPACES.incrementAndGet(), "Later");
		assertThat(added.id()).isNotEqualTo(home).isNotEqualTo(later.homepageId());
		assertThat(fake.page(later.homepageId()))
			.hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("Later Home"));
	}

	@Test
	void getsAPageWithoutBodyUnlessABodyFormatIsAsked(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Release notes 1.0", fake.homePageId(space.key()), "<p>Hi</p>");

		JsonNode plain = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id()));
		JsonNode storage = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?body-format=storage"));
		JsonNode view = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?body-format=view"));
		JsonNode adf = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?body-format=atlas_doc_format"));

		assertThat(plain.path("body").isObject()).isTrue();
		assertThat(plain.path("body").isEmpty()).isTrue();
		assertThat(plain.path("id").asString()).isEqualTo(Long.toString(page.id()));
		assertThat(plain.path("spaceId").asString()).isEqualTo(Long.toString(space.id()));
		assertThat(plain.path("parentId").asString()).isEqualTo(Long.toString(fake.homePageId(space.key())));
		assertThat(plain.path("parentType").asString()).isEqualTo("page");
		assertThat(plain.path("status").asString()).isEqualTo("current");
		assertThat(plain.path("position").asInt()).isZero();
		assertThat(plain.path("authorId").asString()).isEqualTo(fake.accountId());
		assertThat(plain.path("ownerId").asString()).isEqualTo(fake.accountId());
		assertThat(plain.path("createdAt").asString()).endsWith("Z");
		assertThat(plain.path("version").path("number").asInt()).isEqualTo(1);
		assertThat(plain.path("version").path("authorId").asString()).isEqualTo(fake.accountId());
		assertThat(plain.path("version").has("minorEdit")).isTrue();
		assertThat(plain.path("_links").path("webui").asString())
			.isEqualTo("/spaces/" + space.key() + "/pages/" + page.id() + "/Release+notes+1.0");
		assertThat(plain.path("_links").path("tinyui").asString()).startsWith("/x/");
		assertThat(plain.path("_links").path("editui").asString()).contains(Long.toString(page.id()));
		assertThat(plain.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(storage.path("body").path("storage").path("value").asString()).isEqualTo("<p>Hi</p>");
		assertThat(storage.path("body").path("storage").path("representation").asString()).isEqualTo("storage");
		// No conversion: view is the storage value unchanged; ADF of a storage page is
		// empty.
		assertThat(view.path("body").path("view").path("value").asString()).isEqualTo("<p>Hi</p>");
		assertThat(adf.path("body").isEmpty()).isTrue();
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void hidesMissingTrashedAndAnonymousPagesBehindA404(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Doomed");
		assertThat(Http.send(Http.authorized(fake, "/wiki/api/v2/pages/" + page.id()).DELETE().build()).statusCode())
			.isEqualTo(204);

		HttpResponse<String> trashed = Http.get(fake, "/wiki/api/v2/pages/" + page.id());
		HttpResponse<String> asked = Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "?status=trashed");
		HttpResponse<String> missing = Http.get(fake, "/wiki/api/v2/pages/999999999");
		fake.anonymousAccess(true);
		FakePage visible = fake.addPage(space.key(), "Visible");
		HttpResponse<String> anonymous = Http
			.send(Http.anonymous(fake, "/wiki/api/v2/pages/" + visible.id()).GET().build());

		assertThat(trashed.statusCode()).isEqualTo(404);
		assertThat(Http.json(trashed).path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(Http.json(asked).path("status").asString()).isEqualTo("trashed");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(anonymous.statusCode()).isEqualTo(404);
	}

	@Test
	void createsBelowTheHomePageAndAnswers200WithTheWrittenBody(FakeConfluence fake) {
		HttpResponse<String> created = Http.sendJson(fake, "POST", "/wiki/api/v2/pages",
				"{\"spaceId\":\"" + space.id() + "\",\"status\":\"current\",\"title\":\"Created\","
						+ "\"body\":{\"representation\":\"storage\",\"value\":\"<p>new</p>\"}}");
		JsonNode page = Http.json(created);
		HttpResponse<String> rootLevel = Http.sendJson(fake, "POST", "/wiki/api/v2/pages?root-level=true",
				"{\"spaceId\":\"" + space.id() + "\",\"title\":\"At the top\","
						+ "\"body\":{\"representation\":\"wiki\",\"value\":\"h1. Wiki\"}}");
		HttpResponse<String> adf = Http
			.sendJson(fake, "POST", "/wiki/api/v2/pages", "{\"spaceId\":\"" + space.id() + "\",\"title\":\"ADF\","
					+ "\"body\":{\"representation\":\"atlas_doc_format\",\"value\":\"{\\\"type\\\":\\\"doc\\\"}\"}}");

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(page.path("title").asString()).isEqualTo("Created");
		assertThat(page.path("parentId").asString()).isEqualTo(Long.toString(fake.homePageId(space.key())));
		assertThat(page.path("body").path("storage").path("value").asString()).isEqualTo("<p>new</p>");
		assertThat(page.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(rootLevel.statusCode()).isEqualTo(200);
		assertThat(Http.json(rootLevel).path("parentId").isNull()).isTrue();
		// Wiki markup is stored as storage, unconverted.
		assertThat(Http.json(rootLevel).path("body").path("storage").path("value").asString()).isEqualTo("h1. Wiki");
		assertThat(Http.json(adf).path("body").path("atlas_doc_format").path("value").asString())
			.isEqualTo("{\"type\":\"doc\"}");
		long id = Long.parseLong(page.path("id").asString());
		assertThat(fake.page(id)).hasValueSatisfying(p -> {
			assertThat(p.body()).isEqualTo("<p>new</p>");
			assertThat(p.representation()).isEqualTo("storage");
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void refusesATakenTitleAMissingSpaceAndAParentFromAnotherSpace(FakeConfluence fake) {
		fake.addPage(space.key(), "Taken");
		FakeSpace other = fake.addSpace("PGO" + SPACES.incrementAndGet(), "Other");

		HttpResponse<String> clash = Http.sendJson(fake, "POST", "/wiki/api/v2/pages",
				"{\"spaceId\":\"" + space.id() + "\",\"title\":\"Taken\"}");
		HttpResponse<String> noSpace = Http.sendJson(fake, "POST", "/wiki/api/v2/pages",
				"{\"spaceId\":\"123456789\",\"title\":\"Nowhere\"}");
		HttpResponse<String> foreignParent = Http.sendJson(fake, "POST", "/wiki/api/v2/pages", "{\"spaceId\":\""
				+ space.id() + "\",\"title\":\"Foreign\",\"parentId\":\"" + other.homepageId() + "\"}");

		assertThat(clash.statusCode()).isEqualTo(400);
		assertThat(Http.json(clash).path("errors").get(0).path("title").asString()).isEqualTo(
				"A page with this title already exists: A page already exists with the same TITLE in this space");
		assertThat(noSpace.statusCode()).isEqualTo(404);
		assertThat(foreignParent.statusCode()).isEqualTo(400);
		// The same title is free in another space, and again once the page is trashed.
		assertThat(Http
			.sendJson(fake, "POST", "/wiki/api/v2/pages", "{\"spaceId\":\"" + other.id() + "\",\"title\":\"Taken\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void updatesWithTheNextVersionAndAnswers409OtherwiseWithTheCurrentNumber(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Draft plan", null, "<p>v1</p>");
		fake.editPage(page.id(), "Draft plan", "<p>someone else</p>");

		HttpResponse<String> stale = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/" + page.id(),
				update(page.id(), "Draft plan", "<p>mine</p>", 2));
		HttpResponse<String> fresh = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/" + page.id(),
				update(page.id(), "Final plan", "<p>mine</p>", 3));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(Http.json(stale).path("errors").get(0).path("title").asString())
			.isEqualTo("Version must be incremented on update. Current version is: 2");
		assertThat(fresh.statusCode()).isEqualTo(200);
		JsonNode updated = Http.json(fresh);
		assertThat(updated.path("title").asString()).isEqualTo("Final plan");
		assertThat(updated.path("version").path("number").asInt()).isEqualTo(3);
		assertThat(updated.path("version").path("message").asString()).isEqualTo("mine");
		assertThat(updated.path("body").path("storage").path("value").asString()).isEqualTo("<p>mine</p>");
		assertThat(fake.pageVersions(page.id())).extracting(FakePage::version, FakePage::body)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "<p>v1</p>"),
					org.assertj.core.groups.Tuple.tuple(2, "<p>someone else</p>"),
					org.assertj.core.groups.Tuple.tuple(3, "<p>mine</p>"));
		assertThat(fake.page(page.id()).orElseThrow().versionAuthorId()).isEqualTo(fake.accountId());
		assertThat(fake.pageVersions(page.id()).get(1).versionAuthorId()).isNotEqualTo(fake.accountId());
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void updateRefusesATakenTitleAMissingPageAndRestoresATrashedOne(FakeConfluence fake) {
		fake.addPage(space.key(), "Occupied");
		FakePage page = fake.addPage(space.key(), "Mine");

		HttpResponse<String> clash = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/" + page.id(),
				update(page.id(), "Occupied", "", 2));
		HttpResponse<String> missing = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/987654321",
				update(987654321, "Nothing", "", 2));
		Http.send(Http.authorized(fake, "/wiki/api/v2/pages/" + page.id()).DELETE().build());
		assertThat(fake.page(page.id()).orElseThrow().status()).isEqualTo("trashed");
		HttpResponse<String> restored = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/" + page.id(),
				update(page.id(), "Mine", "", 2));

		assertThat(clash.statusCode()).isEqualTo(400);
		assertThat(Http.json(clash).path("errors").get(0).path("title").asString())
			.startsWith("A page with this title already exists");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(restored.statusCode()).isEqualTo(200);
		assertThat(fake.page(page.id()).orElseThrow().status()).isEqualTo("current");
	}

	@Test
	void updateMovesWithinTheSpaceWithParentId(FakeConfluence fake) {
		FakePage a = fake.addPage(space.key(), "A");
		FakePage b = fake.addPage(space.key(), "B");
		String body = "{\"id\":\"" + b.id() + "\",\"status\":\"current\",\"title\":\"B\",\"parentId\":\"" + a.id()
				+ "\",\"body\":{\"representation\":\"storage\",\"value\":\"\"},\"version\":{\"number\":2}}";

		HttpResponse<String> moved = Http.sendJson(fake, "PUT", "/wiki/api/v2/pages/" + b.id(), body);

		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(Http.json(moved).path("parentId").asString()).isEqualTo(Long.toString(a.id()));
		assertThat(fake.page(b.id()).orElseThrow().parentId()).isEqualTo(a.id());
	}

	@Test
	void listsWithFiltersSortAndCursorPaging(FakeConfluence fake) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(fake.addPage(space.key(), "List " + (char) ('e' - i)).id());
		}
		String base = "/wiki/api/v2/pages?space-id=" + space.id() + "&limit=2&sort=title";
		JsonNode first = Http.json(Http.get(fake, base));
		HttpResponse<String> firstResponse = Http.get(fake, base);
		String next = first.path("_links").path("next").asString();
		List<String> titles = new ArrayList<>();
		first.path("results").forEach(p -> titles.add(p.path("title").asString()));
		String link = next;
		while (link != null && !link.isEmpty()) {
			JsonNode page = Http
				.json(Http.send(Http.authorized(fake, "").uri(URI.create(fake.baseUrl() + link)).GET().build()));
			page.path("results").forEach(p -> titles.add(p.path("title").asString()));
			link = page.path("_links").path("next").isMissingNode() ? null
					: page.path("_links").path("next").asString();
		}

		assertThat(next).startsWith("/wiki/api/v2/pages?space-id=" + space.id() + "&limit=2&sort=title&cursor=");
		assertThat(firstResponse.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
		assertThat(first.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(first.path("results").get(0).path("_links").has("base")).isFalse();
		assertThat(titles).containsExactly("List a", "List b", "List c", "List d", "List e", space.name() + " Home");

		JsonNode byTitle = Http.json(Http.get(fake, "/wiki/api/v2/pages?space-id=" + space.id() + "&title=List+c"));
		assertThat(byTitle.path("results")).hasSize(1);
		assertThat(byTitle.path("results").get(0).path("id").asString()).isEqualTo(Long.toString(ids.get(2)));
		JsonNode byIds = Http.json(Http.get(fake,
				"/wiki/api/v2/pages?id=" + ids.get(0) + "," + ids.get(4) + "&sort=-id&body-format=storage"));
		assertThat(byIds.path("results")).extracting(p -> p.path("id").asString())
			.containsExactly(Long.toString(ids.get(4)), Long.toString(ids.get(0)));
		assertThat(byIds.path("results").get(0).path("body").path("storage").path("value").isString()).isTrue();
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void listsCurrentAndArchivedByDefaultAndTrashedWhenAsked(FakeConfluence fake) {
		FakePage kept = fake.addPage(space.key(), "Kept");
		FakePage trashed = fake.addPage(space.key(), "Trashed");
		Http.send(Http.authorized(fake, "/wiki/api/v2/pages/" + trashed.id()).DELETE().build());

		JsonNode byDefault = Http.json(Http.get(fake, "/wiki/api/v2/pages?space-id=" + space.id()));
		JsonNode onlyTrashed = Http
			.json(Http.get(fake, "/wiki/api/v2/pages?space-id=" + space.id() + "&status=trashed"));

		assertThat(byDefault.path("results")).extracting(p -> p.path("id").asString())
			.contains(Long.toString(kept.id()))
			.doesNotContain(Long.toString(trashed.id()));
		assertThat(onlyTrashed.path("results")).extracting(p -> p.path("id").asString())
			.containsExactly(Long.toString(trashed.id()));
	}

	@Test
	void listRefusesBodyFormatsOtherThanStorageAndAdf(FakeConfluence fake) {
		fake.validateRequests(false);
		HttpResponse<String> view = Http.get(fake, "/wiki/api/v2/pages?body-format=view");
		HttpResponse<String> sort = Http.get(fake, "/wiki/api/v2/pages?sort=nonsense");

		assertThat(view.statusCode()).isEqualTo(400);
		assertThat(sort.statusCode()).isEqualTo(400);
		fake.validateRequests(true);
		assertThat(Http.get(fake, "/wiki/api/v2/pages?body-format=view").statusCode()).isEqualTo(400);
		assertThat(Http.get(fake, "/wiki/api/v2/pages?body-format=atlas_doc_format").statusCode()).isEqualTo(200);
	}

	@Test
	void purgesOnlyTrashedPages(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Purge me");
		String path = "/wiki/api/v2/pages/" + page.id();

		assertThat(Http.send(Http.authorized(fake, path + "?purge=true").DELETE().build()).statusCode()).isEqualTo(400);
		assertThat(Http.send(Http.authorized(fake, path).DELETE().build()).statusCode()).isEqualTo(204);
		assertThat(Http.send(Http.authorized(fake, path + "?purge=true").DELETE().build()).statusCode()).isEqualTo(204);
		assertThat(fake.page(page.id())).isEmpty();
	}

	@Test
	void refusesPageBodiesOver5Mb(FakeConfluence fake) {
		String big = "x".repeat(5 * 1024 * 1024);
		HttpResponse<String> tooLarge = Http.sendJson(fake, "POST", "/wiki/api/v2/pages", "{\"spaceId\":\"" + space.id()
				+ "\",\"title\":\"Big\",\"body\":{\"representation\":\"storage\",\"value\":\"" + big + "\"}}");

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(Http.json(tooLarge).path("errors").get(0).path("status").asInt()).isEqualTo(413);
		assertThat(fake.pages(space.key())).hasSize(1);
	}

	@Test
	void refusesAnExplicitHomePageIdThatIsAlreadyAPage(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Occupies an id");
		FakeSpace clashing = FakeSpace.of("PGC" + SPACES.incrementAndGet(), "Clash");
		FakeSpace withHome = new FakeSpace(0, clashing.key(), clashing.name(), "global", "current", null, "",
				clashing.createdAt(), page.id(), java.util.Set.of());

		assertThatIllegalArgumentException().isThrownBy(() -> fake.addSpace(withHome));
		assertThat(fake.space(clashing.key())).isEmpty();
		FakeSpace explicit = fake.addSpace(new FakeSpace(0, clashing.key(), clashing.name(), "global", "current", null,
				"", clashing.createdAt(), 90_000_000L, java.util.Set.of()));
		// Later ids go above an explicit one.
		assertThat(fake.addPage(explicit.key(), "After").id()).isGreaterThan(90_000_000L);
		assertThat(fake.homePageId(explicit.key())).isEqualTo(90_000_000L);
	}

	@Test
	void servesAtlasDocFormatPagesOnlyInThatFormatAndDraftsOnlyWhenAsked(FakeConfluence fake) {
		HttpResponse<String> created = Http.sendJson(fake, "POST", "/wiki/api/v2/pages",
				"{\"spaceId\":\"" + space.id() + "\",\"status\":\"draft\",\"title\":\"Draft\","
						+ "\"body\":{\"representation\":\"atlas_doc_format\",\"value\":\"{}\"}}");
		String id = Http.json(created).path("id").asString();

		HttpResponse<String> hidden = Http.get(fake, "/wiki/api/v2/pages/" + id);
		JsonNode draft = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + id + "?get-draft=true&body-format=storage"));
		JsonNode adf = Http
			.json(Http.get(fake, "/wiki/api/v2/pages/" + id + "?status=draft&body-format=atlas_doc_format"));

		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(Http.json(created).path("status").asString()).isEqualTo("draft");
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertThat(draft.path("body").isEmpty()).isTrue();
		assertThat(adf.path("body").path("atlas_doc_format").path("value").asString()).isEqualTo("{}");
		assertThat(adf.path("body").path("atlas_doc_format").path("representation").asString())
			.isEqualTo("atlas_doc_format");
	}

	@Test
	void deletingASpaceThroughV1TakesItsPagesWithIt(FakeConfluence fake) {
		FakePage page = fake.addPage(space.key(), "Goes with the space");
		long home = fake.homePageId(space.key());

		HttpResponse<String> deleted = Http.v1Write(fake, "DELETE", "/wiki/rest/api/space/" + space.key(), null);

		assertThat(deleted.statusCode()).isEqualTo(202);
		assertThat(fake.page(page.id())).isEmpty();
		assertThat(fake.page(home)).isEmpty();
		assertThat(Http.get(fake, "/wiki/api/v2/pages/" + page.id()).statusCode()).isEqualTo(404);
	}

	static String update(long id, String title, String body, int version) {
		return "{\"id\":\"" + id + "\",\"status\":\"current\",\"title\":\"" + title
				+ "\",\"body\":{\"representation\":\"storage\",\"value\":\"" + body.replace("\"", "\\\"")
				+ "\"},\"version\":{\"number\":" + version + ",\"message\":\"mine\"}}";
	}

}
