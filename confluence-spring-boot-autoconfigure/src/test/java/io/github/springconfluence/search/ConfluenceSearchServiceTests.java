package io.github.springconfluence.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ConfluenceSearchService} over real HTTP, with search answers scripted as
 * Confluence sends them (shapes the fake's own search does not produce: blog posts, space
 * results among content, a result without a title): cursor paging through v1 next links
 * relative to {@code /wiki}, highlight markers removed, the CQL sent as one encoded
 * parameter, and a 400 that names the query. A scripted answer is sent before the fake's
 * request validation, so these requests are not held to Atlassian's description;
 * {@link CqlAgainstFakeConfluenceTests} runs against the fake's own CQL search, with
 * validation.
 */
class ConfluenceSearchServiceTests {

	private static final String PREFIX = "/ex/confluence/cloud-1";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix(PREFIX));

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void followsV1CursorLinksKeepingTheGatewayPrefix() {
		fake.inject(Fault.on("GET", "/wiki/rest/api/search")
			.status(200)
			.body("application/json", "{\"results\":[" + result("1", "page", "@@@hl@@@Release@@@endhl@@@ notes") + ","
					+ result("2", "blogpost", "Weekly") + "],\"_links\":{\"base\":\"" + fake.baseUrl()
					+ "/wiki\",\"next\":\"/rest/api/search?next=true&cursor=abc%3D&limit=250&cql=type%3Dpage\"}}"));
		fake.inject(
				Fault.on("GET", "/wiki/rest/api/search")
					.status(200)
					.body("application/json", "{\"results\":[" + result("3", "attachment", "diagram.png")
							+ ",{\"space\":{\"key\":\"ENG\",\"name\":\"Engineering\"},\"title\":\"Engineering\","
							+ "\"entityType\":\"space\",\"url\":\"/spaces/ENG\"},{\"title\":null}],\"_links\":{}}"));
		TestContexts.runner(fake).run((context) -> {
			fake.clearRequests();
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			List<SearchResult> results = search.search(Cql.type("page").and(Cql.text().contains("a \"b\" AND c")))
				.toList();
			assertThat(results).extracting(SearchResult::type)
				.containsExactly("page", "blogpost", "attachment", "space");
			SearchResult first = results.get(0);
			assertThat(first.title()).isEqualTo("Release notes");
			assertThat(first.excerpt()).isEqualTo("an excerpt");
			assertThat(first.contentId()).isEqualTo("1");
			assertThat(first.spaceKey()).isEqualTo("ENG");
			assertThat(first.lastModified()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
			assertThat(first.webUrl()).hasToString(fake.baseUrl() + "/wiki/spaces/ENG/pages/1");
			assertThat(results.get(3).spaceKey()).isEqualTo("ENG");
			List<RecordedRequest> requests = fake.requests();
			assertThat(requests).hasSize(2);
			assertThat(requests.get(0).rawPath()).isEqualTo(PREFIX + "/wiki/rest/api/search");
			assertThat(requests.get(0).queryParam("cql"))
				.isEqualTo(Cql.type("page").and(Cql.text().contains("a \"b\" AND c")).toString());
			assertThat(requests.get(0).queryParam("limit")).isEqualTo("250");
			assertThat(requests.get(0).queryParam("start")).isNull();
			assertThat(requests.get(1).rawPath()).isEqualTo(PREFIX + "/wiki/rest/api/search");
			assertThat(requests.get(1).queryParam("cursor")).isEqualTo("abc=");
			assertThat(requests).allSatisfy((request) -> assertThat(request.queryParam("start")).isNull());
		});
	}

	@Test
	void aQueryConfluenceCannotParseNamesTheCqlAndNeverACredential() {
		fake.inject(Fault.on("GET", "/wiki/rest/api/search")
			.status(400)
			.body("application/json", "{\"statusCode\":400,\"message\":\"Could not parse cql : type = \"}"));
		TestContexts.runner(fake).run((context) -> {
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			Cql cql = Cql.raw("type = ");
			assertThatExceptionOfType(ConfluenceException.class).isThrownBy(() -> search.search(cql).toList())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400))
				.withMessageContaining("Could not parse cql")
				.withMessageContaining("(CQL: " + cql + ")")
				.withMessageNotContaining(fake.apiToken());
		});
	}

	@Test
	void pagesOfAThousandResultsCostFourSearchRequestsAndFourPageListRequests() {
		fake.addSpace("BULK", "Bulk");
		List<FakePage> created = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			created.add(fake.addPage("BULK", "Page " + i, null, "<p>body " + i + "</p>"));
		}
		// Confluence's relevance order: here the reverse of the ids, which the v2 list
		// would not give.
		List<String> searchOrder = new ArrayList<>(created.stream().map((page) -> Long.toString(page.id())).toList());
		Collections.reverse(searchOrder);
		for (int batch = 0; batch < 4; batch++) {
			String results = searchOrder.subList(batch * 250, batch * 250 + 250)
				.stream()
				.map((id) -> result(id, "page", "Page"))
				.collect(Collectors.joining(","));
			String next = (batch < 3) ? ",\"next\":\"/rest/api/search?next=true&cursor=c" + batch + "&limit=250&cql=x\""
					: "";
			fake.inject(Fault.on("GET", "/wiki/rest/api/search")
				.status(200)
				.body("application/json", "{\"results\":[" + results + "],\"_links\":{\"base\":\"" + fake.baseUrl()
						+ PREFIX + "/wiki\"" + next + "}}"));
		}
		TestContexts.runner(fake).run((context) -> {
			fake.clearRequests();
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			List<Page> pages;
			try (Stream<Page> stream = search.pages(Cql.space("BULK").and(Cql.type("page")), BodyFormat.STORAGE)) {
				pages = stream.toList();
			}
			assertThat(pages).extracting(Page::id).containsExactlyElementsOf(searchOrder);
			assertThat(pages.get(0).title()).isEqualTo("Page 999");
			assertThat(pages.get(0).body()).isNotNull();
			assertThat(pages.get(0).body().value()).isEqualTo("<p>body 999</p>");
			assertThat(fake.requests("GET", "/wiki/rest/api/search")).hasSize(4);
			List<RecordedRequest> lists = fake.requests("GET", "/wiki/api/v2/pages");
			assertThat(lists).hasSize(4);
			assertThat(lists).allSatisfy((request) -> {
				assertThat(request.queryParam("id").split(",")).hasSize(250);
				assertThat(request.queryParam("body-format")).isEqualTo("storage");
				assertThat(request.queryParam("limit")).isEqualTo("250");
			});
			assertThat(fake.requests()).hasSize(8);
		});
	}

	@Test
	void pagesSkipsResultsThatAreNotPagesAndPagesDeletedSinceTheSearch() {
		fake.addSpace("MIX", "Mixed");
		FakePage first = fake.addPage("MIX", "First", null, "<p>one</p>");
		FakePage second = fake.addPage("MIX", "Second", null, "<p>two</p>");
		fake.inject(Fault.on("GET", "/wiki/rest/api/search")
			.status(200)
			.body("application/json", "{\"results\":[" + result(Long.toString(second.id()), "page", "Second") + ","
					+ result("77", "blogpost", "A post") + "," + result(Long.toString(first.id()), "page", "First")
					+ "," + result("999999", "page", "Deleted since") + ","
					+ result(Long.toString(second.id()), "page", "Second") + "],\"_links\":{}}"));
		TestContexts.runner(fake).run((context) -> {
			fake.clearRequests();
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			List<Page> pages = search.pages(Cql.space("MIX"), BodyFormat.STORAGE).toList();
			assertThat(pages).extracting(Page::title).containsExactly("Second", "First");
			assertThat(pages).allSatisfy((page) -> assertThat(page.body().format()).isEqualTo(BodyFormat.STORAGE));
			assertThat(fake.requests()).hasSize(2);
			assertThat(fake.requests("GET", "/wiki/api/v2/pages").get(0).queryParam("id"))
				.isEqualTo(second.id() + "," + first.id() + ",999999");
		});
	}

	@Test
	void pagesIsLazyAndRefusesAFormatThatListsCannotCarryBeforeAnyRequest() {
		TestContexts.runner(fake).run((context) -> {
			fake.clearRequests();
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			Stream<Page> unconsumed = search.pages(Cql.type("page"), BodyFormat.STORAGE);
			assertThat(fake.requests()).isEmpty();
			unconsumed.close();
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> search.pages(Cql.type("page"), BodyFormat.VIEW))
				.withMessageContaining("STORAGE or ATLAS_DOC_FORMAT");
			assertThat(fake.requests()).isEmpty();
		});
	}

	@Test
	void pagesOfAQueryConfluenceCannotParseNamesTheCql() {
		fake.inject(Fault.on("GET", "/wiki/rest/api/search")
			.status(400)
			.body("application/json", "{\"statusCode\":400,\"message\":\"Could not parse cql : title ~\"}"));
		TestContexts.runner(fake).run((context) -> {
			ConfluenceSearchService search = context.getBean(ConfluenceSearchService.class);
			Cql cql = Cql.raw("title ~");
			assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(() -> search.pages(cql, BodyFormat.STORAGE).toList())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400))
				.withMessageContaining("(CQL: title ~)");
		});
	}

	private static String result(String id, String type, String title) {
		return "{\"content\":{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"title\":\""
				+ title.replace("@@@hl@@@", "").replace("@@@endhl@@@", "")
				+ "\",\"_links\":{\"webui\":\"/spaces/ENG/pages/" + id + "\"}},\"title\":\"" + title
				+ "\",\"excerpt\":\"an @@@hl@@@excerpt@@@endhl@@@\",\"url\":\"/spaces/ENG/pages/" + id
				+ "\",\"entityType\":\"content\",\"lastModified\":\"2024-05-01T09:30:00.000Z\","
				+ "\"resultGlobalContainer\":{\"title\":\"Engineering\",\"displayUrl\":\"/spaces/ENG\"}}";
	}

}
