package io.github.springconfluence.page;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceConflictException;
import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.TestContexts.ThrowingConsumer;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ConfluencePageService} over real HTTP against {@link FakeConfluence}: request
 * bodies, request budgets (counted in the fake's journal), lost-update protection and
 * idempotent publishing.
 */
class ConfluencePageServiceTests {

	private static final String V2_PAGES = "/wiki/api/v2/pages";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake);

	private FakeSpace space;

	@BeforeEach
	void reset() {
		fake.clearSpaces();
		this.space = fake.addSpace("ENG", "Engineering");
	}

	@Test
	void findByIdReadsTheStorageBodyInOneRequest() {
		FakePage page = fake.addPage("ENG", "Runbook", null, "<p>Hello</p>");
		withService((pages) -> {
			Page found = pages.findById(String.valueOf(page.id())).orElseThrow();
			assertThat(found.title()).isEqualTo("Runbook");
			assertThat(found.body()).isEqualTo(PageBody.storage("<p>Hello</p>"));
			assertThat(found.version().number()).isEqualTo(1);
			assertThat(found.spaceId()).isEqualTo(String.valueOf(this.space.id()));
			assertThat(found.webUrl()).isNotNull();
			assertThat(found.webUrl().toString()).startsWith(fake.baseUrl() + "/wiki/spaces/ENG/pages/" + page.id());
			List<RecordedRequest> requests = fake.requests();
			assertThat(requests).hasSize(1);
			assertThat(requests.get(0).rawPath()).isEqualTo(V2_PAGES + "/" + page.id());
			assertThat(requests.get(0).queryParam("body-format")).isEqualTo("storage");
		});
	}

	@Test
	void findByIdInViewFormatAndWhatIsRefusedBeforeSending() {
		FakePage page = fake.addPage("ENG", "Runbook", null, "<p>Hello</p>");
		withService((pages) -> {
			Page view = pages.findById(String.valueOf(page.id()), BodyFormat.VIEW).orElseThrow();
			assertThat(view.body()).isNotNull();
			assertThat(view.body().format()).isEqualTo(BodyFormat.VIEW);
			assertThat(fake.requests()).singleElement()
				.satisfies((request) -> assertThat(request.queryParam("body-format")).isEqualTo("view"));
			fake.clearRequests();
			assertThatIllegalArgumentException().isThrownBy(() -> pages.findById("1", BodyFormat.WIKI))
				.withMessageContaining("write-only");
			assertThat(pages.findById("not-a-number")).isEmpty();
			assertThat(fake.requests()).isEmpty();
			assertThat(pages.findById("999999999")).isEmpty();
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void findByTitleResolvesTheSpaceOnceThenCostsOneRequest() {
		fake.addPage("ENG", "Runbook", null, "<p>Hello</p>");
		fake.addPage("ENG", "Runbook 2", null, "<p>Other</p>");
		withService((pages) -> {
			Page found = pages.findByTitle("ENG", "Runbook").orElseThrow();
			assertThat(found.title()).isEqualTo("Runbook");
			assertThat(found.body()).isEqualTo(PageBody.storage("<p>Hello</p>"));
			assertThat(fake.requests()).hasSize(2);
			fake.clearRequests();
			assertThat(pages.findByTitle("ENG", "Runbook 2")).map(Page::title).hasValue("Runbook 2");
			assertThat(fake.requests()).singleElement().satisfies((request) -> {
				assertThat(request.rawPath()).isEqualTo(V2_PAGES);
				assertThat(request.queryParam("space-id")).isEqualTo(String.valueOf(this.space.id()));
				assertThat(request.queryParam("title")).isEqualTo("Runbook 2");
				assertThat(request.queryParam("body-format")).isEqualTo("storage");
			});
			assertThat(pages.findByTitle("ENG", "Missing")).isEmpty();
			assertThat(pages.findByTitle("NOPE", "Runbook")).isEmpty();
		});
	}

	@Test
	void pagesStreamLazilyWithBodiesInCeilNOverPageSizeRequests() {
		for (int i = 0; i < 600; i++) {
			fake.addPage("ENG", "Page " + i, null, "<p>" + i + "</p>");
		}
		withService((pages) -> {
			PageQuery query = PageQuery.builder().spaceKeys("ENG").bodyFormat(BodyFormat.STORAGE).build();
			Stream<Page> stream = pages.pages(query);
			assertThat(fake.requests()).isEmpty();
			List<Page> all = stream.filter((page) -> page.title().startsWith("Page ")).toList();
			assertThat(all).hasSize(600);
			assertThat(all).allSatisfy((page) -> assertThat(page.body()).isNotNull());
			List<RecordedRequest> lists = fake.requests("GET", V2_PAGES);
			// ⌈(600 + the home page) / 250⌉ = 3, plus the space lookup
			assertThat(lists).hasSize(3);
			assertThat(fake.requests()).hasSize(4);
			assertThat(lists).allSatisfy((request) -> {
				assertThat(request.queryParam("body-format")).isEqualTo("storage");
				assertThat(request.queryParam("space-id")).isEqualTo(String.valueOf(this.space.id()));
			});
			fake.clearRequests();
			Iterator<Page> iterator = pages
				.pages(PageQuery.builder().spaceIds(String.valueOf(this.space.id())).pageSize(100).build())
				.iterator();
			for (int i = 0; i < 100; i++) {
				iterator.next();
			}
			assertThat(fake.requests()).hasSize(1);
			iterator.next();
			assertThat(fake.requests()).hasSize(2);
		});
	}

	@Test
	void pageQueriesRefuseWhatConfluenceWouldRefuse() {
		assertThatIllegalArgumentException().isThrownBy(() -> PageQuery.builder().bodyFormat(BodyFormat.VIEW))
			.withMessageContaining("storage or atlas_doc_format");
		assertThatIllegalArgumentException().isThrownBy(() -> PageQuery.builder().pageSize(251));
		assertThatIllegalArgumentException().isThrownBy(() -> PageQuery.builder().sort("random"));
		String[] ids = new String[251];
		java.util.Arrays.setAll(ids, String::valueOf);
		assertThatIllegalArgumentException().isThrownBy(() -> PageQuery.builder().ids(ids))
			.withMessageContaining("at most 250");
	}

	@Test
	void aQueryForAnUnknownSpaceKeyListsNothingRatherThanTheWholeSite() {
		fake.addPage("ENG", "Runbook");
		withService((pages) -> {
			assertThat(pages.pages(PageQuery.builder().spaceKeys("NOPE").build())).isEmpty();
			assertThat(fake.requests("GET", V2_PAGES)).isEmpty();
		});
	}

	@Test
	void createSendsTheV2BodyAndReturnsThePage() {
		withService((pages) -> {
			Page created = pages.create(NewPage.builder()
				.spaceKey("ENG")
				.title("Release notes")
				.body(PageBody.storage("<p>v1</p>"))
				.build());
			assertThat(created.title()).isEqualTo("Release notes");
			assertThat(created.version().number()).isEqualTo(1);
			assertThat(created.body()).isEqualTo(PageBody.storage("<p>v1</p>"));
			RecordedRequest post = fake.requests("POST", V2_PAGES).get(0);
			assertThat(post.header("X-Atlassian-Token")).isEqualTo("no-check");
			assertThat(post.bodyAsString()).isEqualTo(
					"{\"spaceId\":\"" + this.space.id() + "\",\"status\":\"current\",\"title\":\"Release notes\","
							+ "\"body\":{\"representation\":\"storage\",\"value\":\"<p>v1</p>\"}}");
			FakePage stored = fake.page(Long.parseLong(created.id())).orElseThrow();
			assertThat(stored.parentId()).isEqualTo(this.space.homepageId());
			assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(() -> pages.create(NewPage.builder().spaceKey("ENG").title("Release notes").build()))
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400))
				.withMessageContaining("A page with this title already exists");
			Page draft = pages
				.create(NewPage.builder().spaceId(String.valueOf(this.space.id())).title("Draft").draft().build());
			assertThat(draft.status()).isEqualTo("draft");
		});
	}

	@Test
	void updateSendsTheVersionReadPlusOneAndAStaleVersionConflicts() {
		FakePage page = fake.addPage("ENG", "Status", null, "<p>green</p>");
		String id = String.valueOf(page.id());
		withService((pages) -> {
			Page updated = pages.update(id,
					PageUpdate.of("Status", PageBody.storage("<p>amber</p>"), 1).withMessage("Incident 42"));
			assertThat(updated.version().number()).isEqualTo(2);
			assertThat(updated.body()).isEqualTo(PageBody.storage("<p>amber</p>"));
			assertThat(fake.requests("PUT", V2_PAGES + "/" + id).get(0).bodyAsString())
				.isEqualTo("{\"id\":\"" + id + "\",\"status\":\"current\",\"title\":\"Status\","
						+ "\"body\":{\"representation\":\"storage\",\"value\":\"<p>amber</p>\"},"
						+ "\"version\":{\"number\":2,\"message\":\"Incident 42\"}}");
			assertThatExceptionOfType(ConfluenceConflictException.class)
				.isThrownBy(() -> pages.update(id, PageUpdate.of("Status", PageBody.storage("<p>red</p>"), 1)))
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(409);
					assertThat(ex.currentVersion()).isEqualTo(2);
				})
				.withMessageContaining("Current version is: 2");
			assertThat(fake.page(page.id()).orElseThrow().version()).isEqualTo(2);
		});
	}

	@Test
	void editWithoutAChangeReadsOnceAndWritesNothing() {
		FakePage page = fake.addPage("ENG", "Status", null, "<p>green</p>");
		withService((pages) -> {
			Page result = pages.edit(String.valueOf(page.id()), (content) -> content.withTitle("Status"));
			assertThat(result.version().number()).isEqualTo(1);
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void editReadsAndReappliesOnAConflictSoThatNoEditIsLost() {
		FakePage page = fake.addPage("ENG", "Status", null, "<p>green</p>");
		AtomicInteger applied = new AtomicInteger();
		withService((pages) -> {
			Page result = pages.edit(String.valueOf(page.id()), (content) -> {
				if (applied.incrementAndGet() == 1) {
					// Someone saves between our read and our write.
					fake.editPage(page.id(), "Status", content.body().value() + "<p>their line</p>");
				}
				return content.withStorageBody(content.body().value() + "<p>our line</p>");
			});
			assertThat(applied).hasValue(2);
			assertThat(result.version().number()).isEqualTo(3);
			assertThat(result.body().value()).isEqualTo("<p>green</p><p>their line</p><p>our line</p>");
			assertThat(fake.requests("GET", V2_PAGES + "/" + page.id())).hasSize(2);
			List<RecordedRequest> writes = fake.requests("PUT", V2_PAGES + "/" + page.id());
			assertThat(writes).hasSize(2);
			assertThat(writes.get(0).bodyAsString()).contains("\"version\":{\"number\":2}");
			assertThat(writes.get(1).bodyAsString()).contains("\"version\":{\"number\":3}");
		});
	}

	@Test
	void editGivesUpAfterThreeConflictsWithoutWriting() {
		FakePage page = fake.addPage("ENG", "Status", null, "<p>green</p>");
		AtomicInteger applied = new AtomicInteger();
		withService((pages) -> {
			assertThatExceptionOfType(ConfluenceConflictException.class)
				.isThrownBy(() -> pages.edit(String.valueOf(page.id()), (content) -> {
					fake.editPage(page.id(), "Status", "<p>theirs " + applied.incrementAndGet() + "</p>");
					return content.withStorageBody("<p>ours</p>");
				}))
				.withMessageContaining("3 times");
			assertThat(applied).hasValue(3);
			assertThat(fake.requests("PUT", V2_PAGES + "/" + page.id())).hasSize(3);
			assertThat(fake.page(page.id()).orElseThrow().body()).isEqualTo("<p>theirs 3</p>");
		});
	}

	@Test
	void publishCreatesThenLeavesAnUnchangedPageAloneThenUpdatesAChangedOne() {
		withService((pages) -> {
			PagePublication first = PagePublication.builder()
				.spaceKey("ENG")
				.title("API reference")
				.body(PageBody.storage("<p>v1</p>"))
				.build();
			PublishResult created = pages.publish(first);
			assertThat(created.outcome()).isEqualTo(PublishResult.Outcome.CREATED);
			long id = Long.parseLong(created.page().id());
			assertThat(fake.requests("POST", V2_PAGES)).hasSize(1);
			assertThat(fake.properties(id)).containsKey(RestClientConfluencePageService.PUBLISHED_HASH_PROPERTY);
			assertThat(fake.properties(id).get(RestClientConfluencePageService.PUBLISHED_HASH_PROPERTY))
				.contains(RestClientConfluencePageService.sha256(PageBody.storage("<p>v1</p>")));

			fake.clearRequests();
			PublishResult unchanged = pages.publish(first);
			assertThat(unchanged.outcome()).isEqualTo(PublishResult.Outcome.UNCHANGED);
			assertThat(unchanged.page().id()).isEqualTo(created.page().id());
			assertThat(fake.requests()).hasSize(2)
				.allSatisfy((request) -> assertThat(request.method()).isEqualTo("GET"));
			assertThat(fake.page(id).orElseThrow().version()).isEqualTo(1);

			fake.clearRequests();
			PublishResult updated = pages.publish(PagePublication.builder()
				.spaceKey("ENG")
				.title("API reference")
				.body(PageBody.storage("<p>v2</p>"))
				.message("Built from abc123")
				.build());
			assertThat(updated.outcome()).isEqualTo(PublishResult.Outcome.UPDATED);
			assertThat(updated.page().version().number()).isEqualTo(2);
			assertThat(fake.requests("PUT", V2_PAGES + "/" + id)).hasSize(1);
			assertThat(fake.requests().stream().filter((request) -> !request.method().equals("GET"))).hasSize(2);
			assertThat(fake.properties(id).get(RestClientConfluencePageService.PUBLISHED_HASH_PROPERTY))
				.contains(RestClientConfluencePageService.sha256(PageBody.storage("<p>v2</p>")));
			fake.clearRequests();
			assertThat(pages
				.publish(PagePublication.builder()
					.spaceKey("ENG")
					.title("API reference")
					.body(PageBody.storage("<p>v2</p>"))
					.build())
				.outcome()).isEqualTo(PublishResult.Outcome.UNCHANGED);
			assertThat(fake.requests()).hasSize(2);
		});
	}

	@Test
	void publishRereadsTheVersionWhenSomeoneSavedMeanwhileAndTheBuildsPageWins() {
		FakePage page = fake.addPage("ENG", "Changelog", null, "<p>old</p>");
		fake.inject(Fault.on("PUT", V2_PAGES + "/" + page.id())
			.status(409)
			.body("application/json", "{\"errors\":[{\"status\":409,\"code\":\"CONFLICT\","
					+ "\"title\":\"Version must be incremented on update. Current version is: 2\"}]}"));
		withService((pages) -> {
			PublishResult result = pages.publish(PagePublication.builder()
				.spaceKey("ENG")
				.title("Changelog")
				.body(PageBody.storage("<p>new</p>"))
				.build());
			assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.UPDATED);
			assertThat(fake.requests("PUT", V2_PAGES + "/" + page.id())).hasSize(2);
			assertThat(fake.requests("GET", V2_PAGES + "/" + page.id())).hasSize(1);
			assertThat(fake.page(page.id()).orElseThrow().body()).isEqualTo("<p>new</p>");
		});
	}

	@Test
	void publishMovesAPageFoundUnderAnotherParent() {
		FakePage parent = fake.addPage("ENG", "Docs");
		withService((pages) -> {
			PagePublication publication = PagePublication.builder()
				.spaceKey("ENG")
				.title("Guide")
				.body(PageBody.storage("<p>guide</p>"))
				.build();
			long id = Long.parseLong(pages.publish(publication).page().id());
			PublishResult moved = pages.publish(PagePublication.builder()
				.spaceKey("ENG")
				.title("Guide")
				.parentId(String.valueOf(parent.id()))
				.body(PageBody.storage("<p>guide</p>"))
				.build());
			assertThat(moved.outcome()).isEqualTo(PublishResult.Outcome.UPDATED);
			assertThat(fake.page(id).orElseThrow().parentId()).isEqualTo(parent.id());
		});
	}

	@Test
	void deleteTrashesAndPurgeRemovesForGood() {
		FakePage trashed = fake.addPage("ENG", "Old");
		FakePage purged = fake.addPage("ENG", "Older");
		withService((pages) -> {
			pages.delete(String.valueOf(trashed.id()));
			assertThat(fake.page(trashed.id()).orElseThrow().status()).isEqualTo("trashed");
			pages.purge(String.valueOf(purged.id()));
			assertThat(fake.page(purged.id())).isEmpty();
			pages.purge(String.valueOf(trashed.id()));
			assertThat(fake.page(trashed.id())).isEmpty();
			assertThatExceptionOfType(ConfluenceNotFoundException.class).isThrownBy(() -> pages.purge("999999999"));
		});
	}

	@Test
	void treeChildrenInPositionOrderDescendantsTopDownAncestorsRootFirst() {
		FakePage root = fake.addPage("ENG", "Root");
		FakePage a = fake.addPage("ENG", "A", root.id(), "<p>a</p>");
		FakePage b = fake.addPage("ENG", "B", root.id(), "<p>b</p>");
		FakePage a1 = fake.addPage("ENG", "A1", a.id(), "<p>a1</p>");
		withService((pages) -> {
			assertThat(pages.children(String.valueOf(root.id()))).extracting(PageChild::title)
				.containsExactly("A", "B");
			List<PageChild> descendants = pages.descendants(String.valueOf(root.id()), 2).toList();
			assertThat(descendants).extracting(PageChild::title).containsExactly("A", "B", "A1");
			assertThat(descendants.get(2).depth()).isEqualTo(2);
			assertThat(descendants.get(2).parentId()).isEqualTo(String.valueOf(a.id()));
			assertThat(pages.descendants(String.valueOf(root.id()), 1)).hasSize(2);
			assertThatIllegalArgumentException().isThrownBy(() -> pages.descendants("1", 11));
			assertThat(pages.ancestors(String.valueOf(a1.id()))).extracting(PageRef::id)
				.endsWith(String.valueOf(root.id()), String.valueOf(a.id()));
			pages.move(String.valueOf(b.id()), MovePosition.BEFORE, String.valueOf(a.id()));
			assertThat(fake.requests("PUT", "/wiki/rest/api/content/" + b.id() + "/move/before/" + a.id())).hasSize(1);
			assertThat(pages.children(String.valueOf(root.id()))).extracting(PageChild::title)
				.containsExactly("B", "A");
			pages.move(String.valueOf(b.id()), MovePosition.APPEND, String.valueOf(a.id()));
			assertThat(fake.page(b.id()).orElseThrow().parentId()).isEqualTo(a.id());
		});
	}

	@Test
	void versionsNewestFirstAndRestoreAsANewVersion() {
		FakePage page = fake.addPage("ENG", "Status", null, "<p>one</p>");
		fake.editPage(page.id(), "Status", "<p>two</p>");
		withService((pages) -> {
			String id = String.valueOf(page.id());
			assertThat(pages.versions(id)).extracting(PageVersion::number).containsExactly(2, 1);
			Page restored = pages.restore(id, 1, "Back to one");
			assertThat(restored.version().number()).isEqualTo(3);
			assertThat(restored.body()).isEqualTo(PageBody.storage("<p>one</p>"));
			assertThat(fake.requests("POST", "/wiki/rest/api/content/" + id + "/version").get(0).bodyAsString())
				.isEqualTo("{\"operationKey\":\"restore\",\"params\":{\"versionNumber\":1,\"message\":\"Back to one\","
						+ "\"restoreTitle\":true}}");
		});
	}

	@Test
	void labelsReadThroughV2AndWrittenThroughV1() {
		FakePage page = fake.addPage("ENG", "Status");
		withService((pages) -> {
			String id = String.valueOf(page.id());
			pages.addLabels(id, "release-notes", "team/platform");
			assertThat(fake.requests("POST", "/wiki/rest/api/content/" + id + "/label").get(0).bodyAsString())
				.isEqualTo("[{\"prefix\":\"global\",\"name\":\"release-notes\"},"
						+ "{\"prefix\":\"global\",\"name\":\"team/platform\"}]");
			assertThat(pages.labels(id)).extracting(Label::name).containsExactly("release-notes", "team/platform");
			pages.removeLabel(id, "team/platform");
			RecordedRequest delete = fake.requests("DELETE", "/wiki/rest/api/content/" + id + "/label").get(0);
			assertThat(delete.queryParam("name")).isEqualTo("team/platform");
			assertThat(pages.labels(id)).extracting(Label::name).containsExactly("release-notes");
		});
	}

	@Test
	void aPageWithoutAVersionIsAFormatErrorNotAHalfReadPage() {
		FakePage page = fake.addPage("ENG", "Status");
		fake.inject(Fault.on("GET", V2_PAGES + "/" + page.id())
			.status(200)
			.body("application/json", "{\"id\":\"" + page.id() + "\",\"title\":\"Status\",\"status\":\"current\"}"));
		withService((pages) -> assertThatExceptionOfType(ConfluenceResponseFormatException.class)
			.isThrownBy(() -> pages.findById(String.valueOf(page.id())))
			.withMessageContaining("without a version"));
	}

	@Test
	void unknownStatusesTypesAndFieldsDoNotBreakParsing() {
		FakePage page = fake.addPage("ENG", "Status");
		fake.inject(Fault.on("GET", V2_PAGES + "/" + page.id() + "/direct-children")
			.status(200)
			.body("application/json", "{\"results\":[{\"id\":\"7\",\"type\":\"smart-link\",\"status\":\"mystery\","
					+ "\"title\":\"X\",\"childPosition\":3,\"newField\":{\"a\":[1,2]}},null],\"_links\":{}}"));
		withService((pages) -> assertThat(pages.children(String.valueOf(page.id())))
			.containsExactly(new PageChild("7", "smart-link", "X", "mystery", null, 3, null, null)));
	}

	private void withService(ThrowingConsumer<ConfluencePageService> test) {
		TestContexts.withBean(this.contextRunner, fake, ConfluencePageService.class, test);
	}

}
