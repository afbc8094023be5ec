package io.github.springconfluence.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Cql} and {@link ConfluenceSearchService} against FakeConfluence's own CQL
 * evaluation, through a gateway prefix and with request validation on: the hostile values
 * of {@link CqlHostileInputTests} find exactly the pages that hold them, the date bounds
 * {@link Cql.DateField} writes include what they promise, and paging follows the fake's
 * cursors.
 */
class CqlAgainstFakeConfluenceTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix("/ex/confluence/cloud-cql"));

	private static final FakeConfluence fake = confluence.fake();

	private static final Map<String, FakePage> BY_TITLE = new LinkedHashMap<>();

	@BeforeAll
	static void addHostileTitles() {
		fake.addSpace("HOSTILE", "Hostile");
		CqlHostileInputTests.hostile()
			.map((arguments) -> (String) arguments.get()[0])
			.filter((value) -> !value.isBlank() && value.length() <= 2_000)
			.filter((value) -> value.chars().noneMatch(Character::isISOControl))
			.distinct()
			.forEach((value) -> BY_TITLE.put(value, fake.addPage("HOSTILE", value)));
	}

	@Test
	void aHostileValueFindsExactlyThePagesThatHoldIt() {
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			for (Map.Entry<String, FakePage> entry : BY_TITLE.entrySet()) {
				String value = entry.getKey();
				String own = Long.toString(entry.getValue().id());
				List<String> expected = new ArrayList<>();
				for (FakePage page : fake.pages("HOSTILE")) {
					if (normalized(page.title()).contains(normalized(value).strip())) {
						expected.add(Long.toString(page.id()));
					}
				}

				List<SearchResult> contains = search
					.search(Cql.type("page").and(Cql.space("HOSTILE")).and(Cql.title().contains(value)))
					.toList();
				List<SearchResult> exact = search.search(Cql.title().is(value)).toList();
				List<SearchResult> text = search.search(Cql.space("HOSTILE").and(Cql.text().contains(value))).toList();

				assertThat(contains).as(value).extracting(SearchResult::contentId).containsExactlyElementsOf(expected);
				assertThat(contains).as(value)
					.filteredOn((result) -> own.equals(result.contentId()))
					.singleElement()
					.satisfies((result) -> assertThat(result.title()).isEqualTo(value));
				assertThat(exact).as(value).extracting(SearchResult::contentId).containsExactly(own);
				assertThat(text).as(value).extracting(SearchResult::contentId).containsExactlyElementsOf(expected);
			}
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void idAndContainerFindAPageAndTheAttachmentsOfPages() {
		fake.addSpace("IDS", "Ids");
		FakePage first = fake.addPage("IDS", "First");
		FakePage second = fake.addPage("IDS", "Second");
		String log = fake.addAttachment(first.id(), "a.log", "text/plain", new byte[] { 'a' }).id();
		String notes = fake.addAttachment(second.id(), "b.txt", "text/plain", new byte[] { 'b' }).id();
		fake.addAttachment(fake.addPage("IDS", "Third").id(), "c.txt", "text/plain", new byte[] { 'c' });
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			assertThat(search.search(Cql.id(Long.toString(second.id()))).toList()).extracting(SearchResult::contentId)
				.containsExactly(Long.toString(second.id()));
			assertThat(search
				.search(Cql.type("attachment")
					.and(Cql.container().in(Long.toString(first.id()), Long.toString(second.id())))
					.orderBy("id", Cql.Direction.ASC))
				.toList()).extracting(SearchResult::contentId).containsExactly(log, notes);
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void dateBoundsIncludeWhatTheyPromise() {
		fake.addSpace("DATED", "Dated");
		FakePage early = fake.addPage("DATED", "Early");
		FakePage inside = fake.addPage("DATED", "Inside");
		FakePage late = fake.addPage("DATED", "Late");
		Instant created = Instant.parse("2024-01-01T00:00:00Z");
		fake.setPageDates(early.id(), created, Instant.parse("2024-05-01T09:30:10Z"));
		fake.setPageDates(inside.id(), created, Instant.parse("2024-05-01T09:30:50Z"));
		fake.setPageDates(late.id(), created, Instant.parse("2024-05-01T09:31:20Z"));
		Instant from = Instant.parse("2024-05-01T09:30:45Z");
		Instant to = Instant.parse("2024-05-01T09:30:55Z");

		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			List<SearchResult> results = search
				.search(Cql.type("page")
					.and(Cql.space("DATED"))
					.and(Cql.lastModified().after(from))
					.and(Cql.lastModified().before(to))
					.orderBy("lastmodified", Cql.Direction.DESC))
				.toList();

			// whole minutes: everything in range, and at most a minute more on each side
			assertThat(results).extracting(SearchResult::title).containsExactly("Inside", "Early");
			assertThat(results.get(0).lastModified()).isEqualTo(Instant.parse("2024-05-01T09:30:50Z"));
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void followsTheFakesCursorsThroughTheGatewayPrefix() {
		fake.addSpace("MANY", "Many");
		for (int i = 1; i <= 260; i++) {
			fake.addPage("MANY", String.format("Page %03d", i));
		}
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			List<SearchResult> results = search
				.search(Cql.space("MANY").and(Cql.type("page")).orderBy("title", Cql.Direction.DESC))
				.toList();

			assertThat(results).hasSize(261);
			assertThat(results.get(0).title()).isEqualTo("Page 260");
			assertThat(results.get(259).title()).isEqualTo("Page 001");
			assertThat(results.get(260).title()).isEqualTo("Many Home");
			assertThat(results).allSatisfy((result) -> assertThat(result.spaceKey()).isEqualTo("MANY"));
			assertThat(results.get(0).webUrl())
				.hasToString(fake.baseUrl() + "/wiki/spaces/MANY/pages/" + results.get(0).contentId() + "/Page+260");
			List<RecordedRequest> requests = fake.requests("GET", "/wiki/rest/api/search");
			assertThat(requests).hasSize(2);
			assertThat(requests).allSatisfy((request) -> assertThat(request.rawPath())
				.isEqualTo("/ex/confluence/cloud-cql/wiki/rest/api/search"));
			assertThat(requests.get(1).queryParam("cursor")).isNotBlank();
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void pagesOfAThousandResultsComeInTheSearchsOrderFromFourSearchAndFourListRequests() {
		fake.addSpace("THOUSAND", "Thousand");
		for (int i = 1; i <= 1000; i++) {
			fake.addPage("THOUSAND", String.format("Doc %04d", i), null, "<p>doc " + i + " about <b>release</b></p>");
		}
		fake.addPage("THOUSAND", "Unrelated", null, "<p>nothing here</p>");
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			fake.clearRequests();
			Cql cql = Cql.space("THOUSAND")
				.and(Cql.type("page"))
				.and(Cql.text().contains("about release"))
				.orderBy("title", Cql.Direction.DESC);
			List<Page> pages = search.pages(cql, BodyFormat.STORAGE).toList();

			assertThat(pages).hasSize(1000);
			assertThat(pages.get(0).title()).isEqualTo("Doc 1000");
			assertThat(pages.get(999).title()).isEqualTo("Doc 0001");
			assertThat(pages).extracting(Page::title).isSortedAccordingTo(Comparator.reverseOrder());
			assertThat(pages.get(0).body().value()).isEqualTo("<p>doc 1000 about <b>release</b></p>");
			assertThat(fake.requests("GET", "/wiki/rest/api/search")).hasSize(4);
			assertThat(fake.requests("GET", "/wiki/api/v2/pages")).hasSize(4);
			assertThat(fake.requests()).hasSize(8);
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void aQueryTheFakeCannotParseIsA400NamingTheCql() {
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceSearchService.class, (search) -> {
			Cql cql = Cql.raw("type = page AND creator = currentUser()");
			assertThatExceptionOfType(ConfluenceException.class).isThrownBy(() -> search.search(cql).toList())
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400))
				.withMessageContaining("Could not parse cql : " + cql)
				.withMessageContaining("(CQL: " + cql + ")");
		});
	}

	private static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ");
	}

}
