package io.github.springconfluence.ai;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.markdown.StorageToMarkdown;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.Cql;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.document.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link ConfluenceDocumentReader} over real HTTP against FakeConfluence, with request
 * validation on: what each document holds, which pages each scope reads, and exactly how
 * many requests it costs.
 */
class ConfluenceDocumentReaderTests {

	private static final String SEARCH = "/wiki/rest/api/search";

	private static final String PAGES = "/wiki/api/v2/pages";

	private static final String USERS = "/wiki/api/v2/users-bulk";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	@BeforeEach
	void emptySite() {
		fake.clearSpaces();
	}

	@Test
	void sixHundredPagesCostThreeSearchesThreePageListsAndOneUserLookupPerBatch() {
		long home = fake.addSpace("BULK", "Bulk").homepageId();
		for (int i = 0; i < 600; i++) {
			// each batch of 250 mentions users of its own, so that each needs a lookup
			String user = "557058:user-" + (i / 250);
			fake.addPage("BULK", "Page " + i, home,
					"<p>Page " + i + " by <ac:link><ri:user ri:account-id=\"" + user + "\" /></ac:link></p>");
		}
		for (int batch = 0; batch < 3; batch++) {
			fake.addUser("557058:user-" + batch, "User " + batch);
		}
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("BULK").build().get();

			assertThat(documents).hasSize(601); // the home page and the 600 below it
			assertThat(documents).extracting(Document::getId).doesNotHaveDuplicates();
			assertThat(fake.requests("GET", SEARCH)).hasSize(3);
			assertThat(fake.requests("GET", PAGES)).hasSize(3);
			assertThat(fake.requests("POST", USERS)).hasSize(3);
			assertThat(fake.requests()).hasSize(9);
			assertThat(fake.rejectedRequests()).isEmpty();
			RecordedRequest first = fake.requests("GET", SEARCH).get(0);
			assertThat(first.queryParam("limit")).isEqualTo("250");
			assertThat(first.queryParam("expand"))
				.isEqualTo("content.ancestors,content.metadata.labels,content.space,content.version");
			assertThat(first.queryParam("cql")).isEqualTo("type = \"page\" AND space in (\"BULK\")");
			assertThat(fake.requests("GET", SEARCH).get(1).queryParam("expand")).isEqualTo(first.queryParam("expand"));
		});
	}

	@Test
	void aSecondBatchOfKnownUsersNeedsNoLookup() {
		fake.addSpace("BULK", "Bulk");
		for (int i = 0; i < 300; i++) {
			fake.addPage("BULK", "Page " + i, null, "<p>" + i + "</p>");
		}
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("BULK").build().get();

			assertThat(documents).hasSize(301);
			assertThat(documents).allSatisfy(
					(document) -> assertThat(document.getMetadata()).containsEntry("author", fake.displayName()));
			assertThat(fake.requests("GET", SEARCH)).hasSize(2);
			assertThat(fake.requests("GET", PAGES)).hasSize(2);
			assertThat(fake.requests("POST", USERS)).hasSize(1); // cached for the second
																	// batch
		});
	}

	@Test
	void metadataHoldTheLabelsAncestorsRootFirstAuthorUrlAndVersion() {
		long home = fake.addSpace("ENG", "Engineering").homepageId();
		FakePage guides = fake.addPage("ENG", "Guides", home, "<p>guides</p>");
		FakePage install = fake.addPage("ENG", "Install", guides.id(), "<p>first</p>");
		fake.addLabel(install.id(), "howto");
		fake.addLabel(install.id(), "setup");
		fake.addUser("557058:ana", "Ana Lima");
		fake.editPage(install.id(), "Install",
				"<h1>Install</h1><p>Ask <ac:link><ri:user ri:account-id=\"557058:ana\" /></ac:link> first.</p>"
						+ "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">bash</ac:parameter>"
						+ "<ac:plain-text-body><![CDATA[./install.sh --yes]]></ac:plain-text-body></ac:structured-macro>");
		fake.setPageDates(install.id(), Instant.parse("2024-01-02T03:04:05Z"), Instant.parse("2024-05-06T07:08:09Z"));
		ReaderContexts.withFactory(fake, (factory) -> {
			Document document = only(factory.builder().pageTree(Long.toString(install.id())).build().get());

			assertThat(document.getId()).isEqualTo(Long.toString(install.id()));
			// the converter's Markdown, mentions resolved from the batch's lookup
			String body = fake.page(install.id()).orElseThrow().body();
			assertThat(document.getText()).isEqualTo(
					StorageToMarkdown.withUserDisplayNames((ids) -> Map.of("557058:ana", "Ana Lima")).convert(body));
			assertThat(document.getText()).startsWith("# Install\n")
				.contains("Ask Ana Lima first.", "```bash\n./install.sh --yes\n```")
				.doesNotContain("<", "ac:", "ri:");
			assertThat(document.getMetadata()).containsOnly(Map.entry("id", Long.toString(install.id())),
					Map.entry("title", "Install"), Map.entry("spaceKey", "ENG"),
					Map.entry("url", fake.baseUrl() + "/wiki/spaces/ENG/pages/" + install.id() + "/Install"),
					Map.entry("version", 2), Map.entry("lastModified", "2024-05-06T07:08:09Z"),
					Map.entry("labels", List.of("howto", "setup")),
					Map.entry("ancestors", List.of("Engineering Home", "Guides")), Map.entry("author", "Someone Else"));
			assertThat(fake.requests("GET", SEARCH)).hasSize(1);
			assertThat(fake.requests("GET", PAGES)).hasSize(1);
			// the author and the mentioned user in one lookup
			assertThat(fake.requests("POST", USERS)).hasSize(1);
			assertThat(fake.requests("POST", USERS).get(0).bodyAsString()).contains("557058:ana",
					FakeConfluence.OTHER_EDITOR_ACCOUNT_ID);
			assertThat(fake.rejectedRequests()).isEmpty();
		});
	}

	@Test
	void anAuthorConfluenceDoesNotNameIsGivenByAccountIdAndAPageAtTheTopHasNoAncestors() {
		fake.addSpace("ENG", "Engineering");
		FakePage top = fake.addPage("ENG", "Top", null, "<p>top</p>");
		ReaderContexts.runner(fake)
			.withBean(io.github.springconfluence.user.ConfluenceUserService.class, () -> (ids) -> Map.of())
			.run((context) -> {
				Document document = only(context.getBean(ConfluenceDocumentReaderFactory.class)
					.builder()
					.cql(Cql.title().is("Top"))
					.build()
					.get());
				assertThat(document.getId()).isEqualTo(Long.toString(top.id()));
				assertThat(document.getMetadata()).containsEntry("author", fake.accountId())
					.containsEntry("ancestors", List.of())
					.containsEntry("labels", List.of());
			});
	}

	@Test
	void aPageTreeIsTheRootAndItsDescendantsOnly() {
		long home = fake.addSpace("ENG", "Engineering").homepageId();
		FakePage root = fake.addPage("ENG", "Root", home, "<p>root</p>");
		FakePage child = fake.addPage("ENG", "Child", root.id(), "<p>child</p>");
		FakePage grandchild = fake.addPage("ENG", "Grandchild", child.id(), "<p>grandchild</p>");
		fake.addPage("ENG", "Sibling", home, "<p>sibling</p>");
		ReaderContexts.withFactory(fake, (factory) -> {
			ConfluenceDocumentReader reader = factory.builder().pageTree(Long.toString(root.id())).build();

			assertThat(reader.get()).extracting(Document::getId)
				.containsExactlyInAnyOrder(id(root), id(child), id(grandchild));
			assertThat(reader.query())
				.hasToString("type = \"page\" AND (ancestor = " + root.id() + " OR id = " + root.id() + ")");
			assertThat(reader.get()).filteredOn((document) -> document.getId().equals(id(grandchild)))
				.singleElement()
				.satisfies((document) -> assertThat(document.getMetadata()).containsEntry("ancestors",
						List.of("Engineering Home", "Root", "Child")));
		});
	}

	@Test
	void spaceKeysReadEveryPageOfThoseSpacesOnly() {
		long eng = fake.addSpace("ENG", "Engineering").homepageId();
		long ops = fake.addSpace("OPS", "Operations").homepageId();
		fake.addSpace("HR", "People");
		FakePage design = fake.addPage("ENG", "Design", eng, "<p>d</p>");
		FakePage runbook = fake.addPage("OPS", "Runbook", null, "<p>r</p>");
		fake.addPage("HR", "Holidays", null, "<p>h</p>");
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("ENG", "OPS").build().get();

			assertThat(documents).extracting(Document::getId)
				.containsExactlyInAnyOrder(Long.toString(eng), id(design), Long.toString(ops), id(runbook));
			assertThat(documents).extracting((document) -> document.getMetadata().get("spaceKey"))
				.containsOnly("ENG", "OPS");
		});
	}

	@Test
	void aCqlQueryReadsOnlyThePagesItFinds() {
		fake.addSpace("ENG", "Engineering");
		FakePage tagged = fake.addPage("ENG", "Tagged", null, "<p>t</p>");
		FakePage other = fake.addPage("ENG", "Other", null, "<p>o</p>");
		fake.addLabel(tagged.id(), "rag");
		fake.addLabel(other.id(), "draft");
		fake.addAttachment(tagged.id(), "rag.txt", "text/plain", new byte[] { 'x' });
		ReaderContexts.withFactory(fake, (factory) -> {
			ConfluenceDocumentReader reader = factory.builder()
				.cql(Cql.label("rag").or(Cql.text().contains("rag")))
				.build();

			assertThat(reader.get()).extracting(Document::getId).containsExactly(id(tagged));
			assertThat(reader.query()).hasToString("(label = \"rag\" OR text ~ \"rag\") AND type = \"page\"");
			assertThat(fake.requests("GET", SEARCH)).extracting((request) -> request.queryParam("cql"))
				.containsExactly(reader.query().toString());
		});
	}

	@Test
	void modifiedSinceMissesNoPageInAnyTimeZoneAndIsExactWithTheAccountsZone() {
		fake.addSpace("ENG", "Engineering");
		FakePage old = fake.addPage("ENG", "Old", null, "<p>old</p>");
		FakePage justBefore = fake.addPage("ENG", "Just before", null, "<p>before</p>");
		FakePage recent = fake.addPage("ENG", "Recent", null, "<p>recent</p>");
		FakePage edited = fake.addPage("ENG", "Edited", null, "<p>edited</p>");
		Instant created = Instant.parse("2024-01-01T00:00:00Z");
		fake.setPageDates(fake.homePageId("ENG"), created, created);
		fake.setPageDates(old.id(), created, Instant.parse("2024-02-01T10:00:00Z"));
		fake.setPageDates(justBefore.id(), created, Instant.parse("2024-02-14T20:00:00Z"));
		fake.setPageDates(recent.id(), created, Instant.parse("2024-03-01T10:00:00Z"));
		fake.setPageDates(edited.id(), created, Instant.parse("2024-02-15T00:05:00Z"));
		Instant since = Instant.parse("2024-02-15T00:00:00Z");
		ReaderContexts.withFactory(fake, (factory) -> {
			ConfluenceDocumentReader reader = factory.builder().spaceKeys("ENG").modifiedSince(since).build();

			// The fake reads CQL dates in UTC; the bound is written for the earliest zone
			// (UTC-12), so a page of the 12 hours before the instant is read again.
			List<Document> documents = reader.get();
			assertThat(documents).extracting(Document::getId)
				.containsExactlyInAnyOrder(id(justBefore), id(recent), id(edited));
			assertThat(documents).extracting((document) -> document.getMetadata().get("lastModified"))
				.contains("2024-03-01T10:00:00Z", "2024-02-15T00:05:00Z");
			assertThat(fake.requests("GET", SEARCH).get(0).queryParam("cql"))
				.isEqualTo("type = \"page\" AND space in (\"ENG\") AND lastmodified > \"2024-02-14 12:00\"");
			// currentIds ignores modifiedSince: it lists every page, to find deletions
			try (Stream<String> ids = reader.currentIds()) {
				assertThat(ids).hasSize(5);
			}

			List<Document> exact = factory.builder()
				.spaceKeys("ENG")
				.modifiedSince(since, ZoneOffset.UTC)
				.build()
				.get();
			assertThat(exact).extracting(Document::getId).containsExactlyInAnyOrder(id(recent), id(edited));
		});
	}

	@Test
	void currentIdsListThePagesLeftAfterADeletionWithSearchRequestsOnly() {
		fake.addSpace("ENG", "Engineering");
		FakePage kept = fake.addPage("ENG", "Kept", null, "<p>k</p>");
		FakePage deleted = fake.addPage("ENG", "Deleted", null, "<p>d</p>");
		ReaderContexts.runner(fake).run((context) -> {
			ConfluenceDocumentReader reader = context.getBean(ConfluenceDocumentReaderFactory.class)
				.builder()
				.spaceKeys("ENG")
				.build();
			Set<String> before = ids(reader);
			context.getBean(ConfluencePageService.class).delete(id(deleted));
			fake.clearRequests();

			Set<String> after = ids(reader);

			assertThat(before).containsExactlyInAnyOrder(Long.toString(fake.homePageId("ENG")), id(kept), id(deleted));
			assertThat(after).containsExactlyInAnyOrder(Long.toString(fake.homePageId("ENG")), id(kept));
			assertThat(fake.requests()).hasSize(1);
			assertThat(fake.requests("GET", SEARCH)).hasSize(1);
			assertThat(fake.requests("GET", SEARCH).get(0).queryParam("expand")).isNull();
			assertThat(fake.requests("GET", SEARCH).get(0).queryParam("limit")).isEqualTo("250");
		});
	}

	@Test
	void findFirstCostsOneSearchAndOnePageList() {
		fake.addSpace("BULK", "Bulk");
		for (int i = 0; i < 600; i++) {
			fake.addPage("BULK", "Page " + i, null, "<p>" + i + "</p>");
		}
		ReaderContexts.withFactory(fake, (factory) -> {
			ConfluenceDocumentReader reader = factory.builder().spaceKeys("BULK").build();
			assertThat(fake.requests()).isEmpty(); // building reads nothing

			Optional<Document> first;
			try (Stream<Document> documents = reader.stream()) {
				assertThat(fake.requests()).isEmpty(); // nor does opening the stream
				first = documents.findFirst();
			}

			assertThat(first).isPresent();
			assertThat(fake.requests("GET", SEARCH)).hasSize(1);
			assertThat(fake.requests("GET", PAGES)).hasSize(1);
			assertThat(fake.requests("POST", USERS)).hasSize(1);
			assertThat(fake.requests()).hasSize(3);
		});
	}

	@Test
	void aQueryConfluenceCannotParseNamesTheCql() {
		fake.addSpace("ENG", "Engineering");
		ReaderContexts.withFactory(fake, (factory) -> {
			ConfluenceDocumentReader reader = factory.builder().cql(Cql.raw("title ~ ")).build();
			assertThatExceptionOfType(ConfluenceException.class).isThrownBy(reader::get)
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400))
				.withMessageContaining("(CQL: " + reader.query() + ")");
		});
	}

	@Test
	void theBuilderTakesExactlyOneScopeAndNumericRootIds() {
		ReaderContexts.withFactory(fake, (factory) -> {
			assertThatIllegalStateException().isThrownBy(() -> factory.builder().build())
				.withMessageContaining("exactly one of cql(..), spaceKeys(..) and pageTree(..)");
			assertThatIllegalStateException()
				.isThrownBy(() -> factory.builder().spaceKeys("ENG").pageTree("1").build());
			assertThatIllegalArgumentException().isThrownBy(() -> factory.builder().pageTree("1 OR 1=1"));
			assertThatIllegalArgumentException().isThrownBy(() -> factory.builder().spaceKeys(List.of()));
			assertThat(factory.builder().spaceKeys("A\" OR space = \"B").build().query())
				.hasToString("type = \"page\" AND space in (\"A\\\" OR space = \\\"B\")");
			assertThat(fake.requests()).isEmpty();
		});
	}

	private static Set<String> ids(ConfluenceDocumentReader reader) {
		try (Stream<String> ids = reader.currentIds()) {
			return ids.collect(Collectors.toSet());
		}
	}

	private static Document only(List<Document> documents) {
		assertThat(documents).hasSize(1);
		return documents.get(0);
	}

	private static String id(FakePage page) {
		return Long.toString(page.id());
	}

}
