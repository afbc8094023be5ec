package io.github.springconfluence.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * CQL search ({@code GET /wiki/rest/api/search}) over real HTTP: every field and
 * operator, precedence, ordering, the result shape, cursor paging and the 400 for CQL the
 * fake cannot read. Each test starts from an empty site with two spaces:
 *
 * <pre>
 * ENG  Engineering Home
 *        Release notes 1.0   labels release, draft; attachment diagram.png
 *          Release plan
 *            Design
 * OPS  Operations Home
 *      Runbook (at the top)  label ops
 * </pre>
 *
 * Ids ascend in that order (home pages get theirs when the space is added), and
 * attachment numbers are above every page id, so without {@code ORDER BY} results come in
 * that order.
 */
class V1SearchTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private long engHome;

	private long opsHome;

	private FakePage notes;

	private FakePage plan;

	private FakePage design;

	private FakePage runbook;

	private FakeAttachment diagram;

	@BeforeEach
	void addContent(FakeConfluence fake) {
		fake.clearSpaces();
		engHome = fake.addSpace("ENG", "Engineering").homepageId();
		opsHome = fake.addSpace("OPS", "Operations").homepageId();
		notes = fake.addPage("ENG", "Release notes 1.0", engHome,
				"<p>The Kafka <strong>upgrade</strong> is done &amp; tested.</p><p>Next: rollout</p>");
		plan = fake.addPage("ENG", "Release plan", notes.id(), "<p>Roadmap</p>");
		design = fake.addPage("ENG", "Design", plan.id(), "<ac:structured-macro ac:name=\"code\">"
				+ "<ac:plain-text-body><![CDATA[if (a < b) { launch(); }]]></ac:plain-text-body></ac:structured-macro>");
		runbook = fake.addPage("OPS", "Runbook", null, "<p>Restart kafka</p><p>then check</p>");
		fake.addLabel(notes.id(), "release");
		fake.addLabel(notes.id(), "Draft");
		fake.addLabel(runbook.id(), "ops");
		diagram = fake.addAttachment(notes.id(), "diagram.png", "image/png", new byte[] { 1, 2, 3 });
	}

	@Test
	void typeAndSpaceCompareExactlyAndTakeLists(FakeConfluence fake) {
		assertThat(ids(fake, "type = \"page\" AND space = \"ENG\"")).containsExactly(id(engHome), id(notes), id(plan),
				id(design));
		assertThat(ids(fake, "type = attachment")).containsExactly(diagram.id());
		assertThat(ids(fake, "type = \"PAGE\" AND space = OPS")).containsExactly(id(opsHome), id(runbook));
		assertThat(ids(fake, "space = \"eng\"")).isEmpty();
		assertThat(ids(fake, "space in (\"ENG\",\"OPS\") AND type in (\"blogpost\",\"attachment\")"))
			.containsExactly(diagram.id());
		assertThat(ids(fake, "type = \"page\" AND space != \"ENG\"")).containsExactly(id(opsHome), id(runbook));
		assertThat(ids(fake, "type = \"page\" AND space not in (\"ENG\",\"XYZ\")")).containsExactly(id(opsHome),
				id(runbook));
		// without a type, the content of a space: its pages and attachments, not the
		// space
		assertThat(ids(fake, "space = \"ENG\"")).containsExactly(id(engHome), id(notes), id(plan), id(design),
				diagram.id());
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void titleIsExactWithEqualsAndIgnoresCaseWithContains(FakeConfluence fake) {
		assertThat(ids(fake, "title = \"Release plan\"")).containsExactly(id(plan));
		assertThat(ids(fake, "title = \"release plan\"")).isEmpty();
		assertThat(ids(fake, "title = \"Release\"")).isEmpty();
		assertThat(ids(fake, "title in (\"Design\",\"Runbook\")")).containsExactly(id(design), id(runbook));
		assertThat(ids(fake, "type = page AND title != \"Design\" AND space = ENG")).containsExactly(id(engHome),
				id(notes), id(plan));
		assertThat(ids(fake, "title ~ \"RELEASE\"")).containsExactly(id(notes), id(plan));
		assertThat(ids(fake, "title ~ \"notes 1.0\"")).containsExactly(id(notes));
		// one phrase, not words: both words, in another order, do not match
		assertThat(ids(fake, "title ~ \"plan release\"")).isEmpty();
		assertThat(ids(fake, "title ~ \"diagram\"")).containsExactly(diagram.id());
		assertThat(ids(fake, "type = page AND title !~ \"release\"")).containsExactly(id(engHome), id(opsHome),
				id(design), id(runbook));
		JsonNode marked = search(fake, "title ~ \"release\"");
		assertThat(marked.path("results")).extracting(result -> result.path("title").asString())
			.containsExactly("@@@hl@@@Release@@@endhl@@@ notes 1.0", "@@@hl@@@Release@@@endhl@@@ plan");
		assertThat(marked.path("results").get(0).path("content").path("title").asString())
			.isEqualTo("Release notes 1.0");
		assertThat(search(fake, "title = \"Release plan\"").path("results").get(0).path("title").asString())
			.isEqualTo("Release plan");
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void textSearchesTitleBodyWithoutTagsAndLabels(FakeConfluence fake) {
		assertThat(ids(fake, "text ~ \"kafka upgrade\"")).containsExactly(id(notes));
		assertThat(ids(fake, "text ~ \"KAFKA\"")).containsExactly(id(notes), id(runbook));
		assertThat(ids(fake, "text ~ \"done & tested\"")).containsExactly(id(notes));
		assertThat(ids(fake, "text ~ \"rollout\"")).containsExactly(id(notes));
		// paragraphs separate words; whitespace runs count as one space
		assertThat(ids(fake, "text ~ \"tested.Next\"")).isEmpty();
		assertThat(ids(fake, "text ~ \"tested. \t next\"")).containsExactly(id(notes));
		assertThat(ids(fake, "text ~ \"a < b\"")).containsExactly(id(design));
		assertThat(ids(fake, "text ~ \"draft\"")).containsExactly(id(notes));
		assertThat(ids(fake, "text ~ \"design\"")).containsExactly(id(design));
		assertThat(ids(fake, "text ~ \"strong\"")).isEmpty();
		assertThat(ids(fake, "type = page AND text !~ \"kafka\" AND space = ENG")).containsExactly(id(engHome),
				id(plan), id(design));

		JsonNode result = search(fake, "text ~ \"kafka upgrade\"").path("results").get(0);
		assertThat(result.path("excerpt").asString())
			.isEqualTo("The @@@hl@@@Kafka upgrade@@@endhl@@@ is done & tested. Next: rollout");
		assertThat(result.path("title").asString()).isEqualTo("Release notes 1.0");
		JsonNode both = search(fake, "title ~ \"release\" AND text ~ \"notes\"").path("results").get(0);
		assertThat(both.path("title").asString()).isEqualTo("@@@hl@@@Release@@@endhl@@@ @@@hl@@@notes@@@endhl@@@ 1.0");
		// a negated ~ marks nothing
		assertThat(search(fake, "type = page AND NOT text ~ \"roadmap\" AND space = OPS").path("results")
			.get(1)
			.path("excerpt")
			.asString()).isEqualTo("Restart kafka then check");
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void labelsIgnoreCaseAndMatchAnyOfThePagesLabels(FakeConfluence fake) {
		assertThat(ids(fake, "label = \"release\"")).containsExactly(id(notes));
		assertThat(ids(fake, "label = \"DRAFT\"")).containsExactly(id(notes));
		assertThat(ids(fake, "label in (\"ops\",\"draft\")")).containsExactly(id(notes), id(runbook));
		assertThat(ids(fake, "type = page AND label != \"release\"")).containsExactly(id(engHome), id(opsHome),
				id(plan), id(design), id(runbook));
		assertThat(ids(fake, "type = page AND label not in (\"release\",\"ops\")")).containsExactly(id(engHome),
				id(opsHome), id(plan), id(design));
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void idParentAndAncestorFollowTheTreeWithAttachmentsBelowTheirPage(FakeConfluence fake) {
		assertThat(ids(fake, "type = page AND ancestor = " + notes.id())).containsExactly(id(plan), id(design));
		assertThat(ids(fake, "ancestor = " + notes.id())).containsExactly(id(plan), id(design), diagram.id());
		assertThat(ids(fake, "ancestor = \"" + engHome + "\"")).containsExactly(id(notes), id(plan), id(design),
				diagram.id());
		assertThat(ids(fake, "type = page AND ancestor in (" + plan.id() + "," + opsHome + ")"))
			.containsExactly(id(design));
		assertThat(ids(fake, "type = page AND space = ENG AND ancestor != " + notes.id())).containsExactly(id(engHome),
				id(notes));
		assertThat(ids(fake, "type = page AND ancestor not in (" + engHome + ")")).containsExactly(id(engHome),
				id(opsHome), id(runbook));
		assertThat(ids(fake, "parent = " + notes.id())).containsExactly(id(plan), diagram.id());
		assertThat(ids(fake, "type = page AND parent = " + engHome)).containsExactly(id(notes));
		assertThat(ids(fake, "id = " + design.id())).containsExactly(id(design));
		assertThat(ids(fake, "id in (" + runbook.id() + "," + notes.id() + ")")).containsExactly(id(notes),
				id(runbook));
		assertThat(ids(fake, "id = " + diagram.id().substring(3))).containsExactly(diagram.id());
		assertThat(ids(fake, "type = page AND space = OPS AND id != " + runbook.id())).containsExactly(id(opsHome));
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void containerIsTheAttachmentsPageAndPagesHaveNone(FakeConfluence fake) {
		FakeAttachment runbookLog = fake.addAttachment(runbook.id(), "restart.log", "text/plain", new byte[] { 'x' });
		assertThat(ids(fake, "container = " + notes.id())).containsExactly(diagram.id());
		assertThat(ids(fake, "type = attachment AND container in (" + notes.id() + "," + runbook.id() + ")"))
			.containsExactly(diagram.id(), runbookLog.id());
		assertThat(ids(fake, "type = attachment AND container in (\"" + plan.id() + "\")")).isEmpty();
		assertThat(ids(fake, "container = " + engHome)).isEmpty(); // not the grandparent
		assertThat(ids(fake, "type = attachment AND container != " + notes.id())).containsExactly(runbookLog.id());
		assertThat(ids(fake, "type = attachment AND container not in (" + runbook.id() + ")"))
			.containsExactly(diagram.id());
		assertThat(get(fake, "container ~ \"1\"", "").statusCode()).isEqualTo(400);
		assertThat(get(fake, "container = abc", "").statusCode()).isEqualTo(400);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void datesCompareInUtcWithTheTimesTestsSet(FakeConfluence fake) {
		fake.setPageDates(notes.id(), Instant.parse("2024-01-10T08:00:00Z"), Instant.parse("2024-05-01T09:30:30Z"));
		fake.setPageDates(plan.id(), Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-05-01T09:29:59Z"));
		fake.setPageDates(design.id(), Instant.parse("2024-03-01T12:00:00Z"), Instant.parse("2024-05-02T00:00:00Z"));
		FakePage redated = fake.setPageDates(runbook.id(), Instant.parse("2023-12-31T23:59:00Z"),
				Instant.parse("2024-04-30T23:59:59Z"));
		String old = " AND lastmodified < \"2025-01-01\"";

		assertThat(redated.versionCreatedAt()).isEqualTo(Instant.parse("2024-04-30T23:59:59Z"));
		assertThat(ids(fake, "type = page AND lastmodified > \"2024-05-01 09:30\"" + old)).containsExactly(id(notes),
				id(design));
		assertThat(ids(fake, "type = page AND lastmodified >= \"2024-05-01 09:30\"" + old)).containsExactly(id(notes),
				id(design));
		assertThat(ids(fake, "type = page AND lastmodified < \"2024-05-01 09:30\"")).containsExactly(id(plan),
				id(runbook));
		assertThat(ids(fake, "type = page AND lastmodified <= \"2024-05-02\"")).containsExactly(id(notes), id(plan),
				id(design), id(runbook));
		assertThat(ids(fake, "type = page AND lastmodified = \"2024-05-01\"")).containsExactly(id(notes), id(plan));
		assertThat(ids(fake, "type = page AND lastmodified = \"2024-05-01 09:30\"")).containsExactly(id(notes));
		assertThat(ids(fake, "type = page AND lastmodified != \"2024-05-01\"" + old)).containsExactly(id(design),
				id(runbook));
		assertThat(ids(fake, "type = page AND created < \"2024-01-01\"")).containsExactly(id(runbook));
		assertThat(ids(fake, "type = page AND created <= \"2024/02/01\"")).containsExactly(id(notes), id(plan),
				id(runbook));
		assertThat(ids(fake, "type = page AND created > \"2024-02-01\" AND created < \"2025-01-01\""))
			.containsExactly(id(design));
		assertThat(ids(fake, "created < \"2025-01-01\" AND created != \"2024-02-01\"")).containsExactly(id(notes),
				id(design), id(runbook));

		JsonNode result = search(fake, "id = " + notes.id()).path("results").get(0);
		assertThat(result.path("lastModified").asString()).isEqualTo("2024-05-01T09:30:30.000Z");
		assertThat(result.path("friendlyLastModified").asString()).isEqualTo("May 1, 2024");
		JsonNode v2 = Http.json(Http.get(fake, "/wiki/api/v2/pages/" + notes.id()));
		assertThat(v2.path("createdAt").asString()).isEqualTo("2024-01-10T08:00:00Z");
		assertThat(v2.path("version").path("createdAt").asString()).isEqualTo("2024-05-01T09:30:30Z");
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void setPageDatesRefusesAMissingPageAndAnEditBeforeTheCreation(FakeConfluence fake) {
		Instant now = Instant.parse("2024-05-01T00:00:00Z");
		assertThatIllegalArgumentException().isThrownBy(() -> fake.setPageDates(999_999_999L, now, now));
		assertThatIllegalArgumentException().isThrownBy(() -> fake.setPageDates(notes.id(), now, now.minusSeconds(1)));
		fake.editPage(notes.id(), "Release notes 1.1", "<p>second</p>");
		fake.setPageDates(notes.id(), now, now.plusSeconds(60));
		List<FakePage> versions = fake.pageVersions(notes.id());
		assertThat(versions).extracting(FakePage::createdAt).containsOnly(now);
		assertThat(versions.get(1).versionCreatedAt()).isEqualTo(now.plusSeconds(60));
		assertThat(versions.get(0).versionCreatedAt()).isNotEqualTo(now.plusSeconds(60));
	}

	@Test
	void notBindsTighterThanAndWhichBindsTighterThanOr(FakeConfluence fake) {
		assertThat(ids(fake, "type = attachment OR type = page AND space = \"OPS\"")).containsExactly(id(opsHome),
				id(runbook), diagram.id());
		assertThat(ids(fake, "(type = attachment OR type = page) AND space = \"OPS\"")).containsExactly(id(opsHome),
				id(runbook));
		assertThat(ids(fake, "type = page AND NOT space = \"ENG\" OR label = \"release\"")).containsExactly(id(opsHome),
				id(notes), id(runbook));
		assertThat(ids(fake, "type = page AND NOT (space = \"ENG\" OR label = \"ops\")")).containsExactly(id(opsHome));
		assertThat(ids(fake, "type = page AND NOT NOT label = \"ops\"")).containsExactly(id(runbook));
		assertThat(ids(fake, "((type = page)) and (label = ops or label = draft) and not title ~ \"notes\""))
			.containsExactly(id(runbook));
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void ordersByTheKeysThenById(FakeConfluence fake) {
		fake.setPageDates(notes.id(), Instant.parse("2024-01-03T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"));
		fake.setPageDates(plan.id(), Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));
		fake.setPageDates(design.id(), Instant.parse("2024-01-02T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));
		fake.setPageDates(runbook.id(), Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));

		assertThat(titles(fake, "type = page ORDER BY title")).containsExactly("Design", "Engineering Home",
				"Operations Home", "Release notes 1.0", "Release plan", "Runbook");
		assertThat(titles(fake, "type = page order by title desc")).containsExactly("Runbook", "Release plan",
				"Release notes 1.0", "Operations Home", "Engineering Home", "Design");
		String old = "type = page AND created < \"2025-01-01\"";
		assertThat(ids(fake, old + " ORDER BY lastmodified DESC")).containsExactly(id(runbook), id(notes), id(plan),
				id(design));
		// equal keys fall back to the id
		assertThat(ids(fake, old + " ORDER BY created ASC")).containsExactly(id(plan), id(runbook), id(design),
				id(notes));
		assertThat(ids(fake, old + " ORDER BY lastmodified, title DESC")).containsExactly(id(plan), id(design),
				id(notes), id(runbook));
		assertThat(ids(fake, "space = ENG ORDER BY type DESC, id DESC")).containsExactly(id(design), id(plan),
				id(notes), id(engHome), diagram.id());
		assertThat(ids(fake, old + " ORDER BY space DESC, created")).containsExactly(id(runbook), id(plan), id(design),
				id(notes));
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void findsSpacesOnlyWhenTheQueryAsksForThem(FakeConfluence fake) {
		fake.addSpace(FakeSpace.of("ARC", "Archive").withStatus("archived").withDescription("Old operations"));

		JsonNode spaces = search(fake, "type = space");
		JsonNode mixed = search(fake, "type in (\"space\",\"attachment\") AND title ~ \"opera\"");

		assertThat(spaces.path("results")).extracting(result -> result.path("space").path("key").asString())
			.containsExactly("ENG", "OPS");
		JsonNode ops = spaces.path("results").get(1);
		assertThat(ops.path("entityType").asString()).isEqualTo("space");
		assertThat(ops.path("title").asString()).isEqualTo("Operations");
		assertThat(ops.path("url").asString()).isEqualTo("/spaces/OPS");
		assertThat(ops.has("content")).isFalse();
		assertThat(mixed.path("results")).extracting(result -> result.path("title").asString())
			.containsExactly("@@@hl@@@Opera@@@endhl@@@tions");
		assertThat(keys(fake, "type = space AND text ~ \"old\"", "&includeArchivedSpaces=true")).containsExactly("ARC");
		assertThat(keys(fake, "type = space", "&includeArchivedSpaces=true&excludeCurrentSpaces=true"))
			.containsExactly("ARC");
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void leavesOutTrashedPagesAndTheContentOfArchivedSpacesUnlessAsked(FakeConfluence fake) {
		fake.addSpace(FakeSpace.of("ARC", "Archive").withStatus("archived"));
		FakePage archived = fake.addPage("ARC", "Archived runbook");
		assertThat(Http.send(Http.authorized(fake, "/wiki/api/v2/pages/" + plan.id()).DELETE().build()).statusCode())
			.isEqualTo(204);

		assertThat(ids(fake, "title ~ \"runbook\"")).containsExactly(id(runbook));
		assertThat(ids(fake, "title ~ \"runbook\"", "&includeArchivedSpaces=true")).containsExactly(id(runbook),
				id(archived));
		assertThat(ids(fake, "title ~ \"runbook\"", "&includeArchivedSpaces=true&excludeCurrentSpaces=true"))
			.containsExactly(id(archived));
		assertThat(ids(fake, "title ~ \"release\"")).containsExactly(id(notes));
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void answersResultsShapedAsConfluenceDoes(FakeConfluence fake) {
		String cql = "space = \"ENG\" AND text ~ \"release\"";
		HttpResponse<String> response = get(fake, cql, "");
		JsonNode body = Http.json(response);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(body.path("start").asInt()).isZero();
		assertThat(body.path("limit").asInt()).isEqualTo(25);
		assertThat(body.path("size").asInt()).isEqualTo(2);
		assertThat(body.path("totalSize").asInt()).isEqualTo(2);
		assertThat(body.path("cqlQuery").asString()).isEqualTo(cql);
		assertThat(body.path("searchDuration").isInt()).isTrue();
		assertThat(body.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(body.path("_links").path("context").asString()).isEqualTo("/wiki");
		assertThat(body.path("_links").has("next")).isFalse();
		assertThat(body.path("_links").has("prev")).isFalse();

		JsonNode page = body.path("results").get(0);
		String webui = "/spaces/ENG/pages/" + notes.id() + "/Release+notes+1.0";
		assertThat(page.path("content").path("id").asString()).isEqualTo(id(notes));
		assertThat(page.path("content").path("type").asString()).isEqualTo("page");
		assertThat(page.path("content").path("status").asString()).isEqualTo("current");
		assertThat(page.path("content").path("title").asString()).isEqualTo("Release notes 1.0");
		assertThat(page.path("content").path("space").path("key").asString()).isEqualTo("ENG");
		assertThat(page.path("content").path("space").path("name").asString()).isEqualTo("Engineering");
		assertThat(page.path("content").path("_links").path("webui").asString()).isEqualTo(webui);
		assertThat(page.path("title").asString()).isEqualTo("@@@hl@@@Release@@@endhl@@@ notes 1.0");
		assertThat(page.path("excerpt").asString()).isEqualTo("The Kafka upgrade is done & tested. Next: rollout");
		assertThat(page.path("url").asString()).isEqualTo(webui);
		assertThat(page.path("resultGlobalContainer").path("title").asString()).isEqualTo("Engineering");
		assertThat(page.path("resultGlobalContainer").path("displayUrl").asString()).isEqualTo("/spaces/ENG");
		assertThat(page.path("entityType").asString()).isEqualTo("content");
		assertThat(page.path("iconCssClass").asString()).isEqualTo("aui-icon content-type-page");
		assertThat(page.path("breadcrumbs").isArray()).isTrue();
		assertThat(Instant.parse(page.path("lastModified").asString()))
			.isEqualTo(notes.versionCreatedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(page.path("friendlyLastModified").asString()).isNotBlank();

		JsonNode plan = body.path("results").get(1);
		assertThat(plan.path("content").path("id").asString()).isEqualTo(id(this.plan));
		JsonNode attachment = search(fake, "type = attachment").path("results").get(0);
		assertThat(attachment.path("content").path("id").asString()).isEqualTo(diagram.id());
		assertThat(attachment.path("content").path("type").asString()).isEqualTo("attachment");
		assertThat(attachment.path("content").path("title").asString()).isEqualTo("diagram.png");
		assertThat(attachment.path("content").path("space").path("key").asString()).isEqualTo("ENG");
		assertThat(attachment.path("url").asString())
			.isEqualTo(attachment.path("content").path("_links").path("webui").asString())
			.startsWith("/pages/viewpageattachments.action?pageId=" + notes.id());
		assertThat(attachment.path("resultParentContainer").path("title").asString()).isEqualTo("Release notes 1.0");
		assertThat(attachment.path("resultGlobalContainer").path("displayUrl").asString()).isEqualTo("/spaces/ENG");
		assertThat(attachment.path("excerpt").asString()).isEmpty();
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void pagesByCursorFollowingNextLinksRelativeToTheWikiContext(FakeConfluence fake) {
		List<String> expected = new ArrayList<>(List.of(id(engHome), id(notes), id(plan), id(design)));
		for (int i = 1; i <= 4; i++) {
			expected.add(id(fake.addPage("ENG", "Extra " + i)));
		}
		String cql = "type = \"page\" AND space = \"ENG\"";
		String encoded = URLEncoder.encode(cql, StandardCharsets.UTF_8).replace("+", "%20");

		List<String> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		JsonNode body = Http.json(get(fake, cql, "&limit=3"));
		while (true) {
			body.path("results").forEach(result -> seen.add(result.path("content").path("id").asString()));
			sizes.add(body.path("size").asInt());
			assertThat(body.path("totalSize").asInt()).isEqualTo(8);
			assertThat(body.path("limit").asInt()).isEqualTo(3);
			if (!body.path("_links").has("next")) {
				break;
			}
			String next = body.path("_links").path("next").asString();
			assertThat(next).matches("/rest/api/search\\?next=true&cursor=[A-Za-z0-9_-]+&limit=3&cql="
					+ java.util.regex.Pattern.quote(encoded));
			// as a client does: relative to <base>/wiki, which is _links.base
			URI uri = URI.create(body.path("_links").path("base").asString() + next);
			body = Http.json(Http.send(Http.authorized(fake, "").uri(uri).GET().build()));
			assertThat(body.path("_links").path("prev").asString()).startsWith("/rest/api/search?prev=true&cursor=");
		}

		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(sizes).containsExactly(3, 3, 2);
		assertThat(body.path("start").asInt()).isEqualTo(6);
		URI back = URI.create(fake.baseUrl() + "/wiki" + body.path("_links").path("prev").asString());
		assertThat(Http.json(Http.send(Http.authorized(fake, "").uri(back).GET().build())).path("results"))
			.extracting(result -> result.path("content").path("id").asString())
			.containsExactlyElementsOf(expected.subList(3, 6));
		assertThat(fake.requests("GET", "/wiki/rest/api/search")).hasSize(4);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void ignoresStartAndClampsTheLimit(FakeConfluence fake) {
		String cql = "type = page";
		JsonNode first = Http.json(get(fake, cql, "&limit=2"));
		JsonNode started = Http.json(get(fake, cql, "&limit=2&start=2"));
		JsonNode far = Http.json(get(fake, cql, "&limit=2&start=25"));
		JsonNode defaults = Http.json(get(fake, cql, ""));
		JsonNode clamped = Http.json(get(fake, cql, "&limit=1000"));
		JsonNode none = Http.json(get(fake, cql, "&limit=0"));

		assertThat(ids(first)).containsExactly(id(engHome), id(opsHome));
		assertThat(ids(started)).isEqualTo(ids(first));
		assertThat(ids(far)).isEqualTo(ids(first));
		assertThat(far.path("start").asInt()).isZero();
		assertThat(defaults.path("limit").asInt()).isEqualTo(25);
		assertThat(clamped.path("limit").asInt()).isEqualTo(250);
		assertThat(ids(clamped)).hasSize(6);
		assertThat(clamped.path("_links").has("next")).isFalse();
		assertThat(none.path("results").isEmpty()).isTrue();
		assertThat(none.path("totalSize").asInt()).isEqualTo(6);
		assertThat(none.path("_links").has("next")).isFalse();
		HttpResponse<String> badCursor = get(fake, cql, "&cursor=bm90LW91cnM");
		assertThat(badCursor.statusCode()).isEqualTo(400);
		assertThat(Http.json(badCursor).path("statusCode").asInt()).isEqualTo(400);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void keepsTheGatewayPrefixWhenNextIsResolvedAgainstTheBase() {
		try (FakeConfluence gateway = FakeConfluence.builder().pathPrefix("/ex/confluence/cloud-9").start()) {
			gateway.addSpace("GW", "Gateway");
			gateway.addPage("GW", "One");
			gateway.addPage("GW", "Two");
			JsonNode first = Http.json(Http.get(gateway, "/wiki/rest/api/search?cql=type%3Dpage&limit=2"));
			String base = first.path("_links").path("base").asString();
			URI next = URI.create(base + first.path("_links").path("next").asString());
			JsonNode second = Http.json(Http.send(Http.authorized(gateway, "").uri(next).GET().build()));

			assertThat(base).isEqualTo(gateway.baseUrl() + "/wiki");
			assertThat(next.getPath()).isEqualTo("/ex/confluence/cloud-9/wiki/rest/api/search");
			assertThat(ids(first)).hasSize(2);
			assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
			assertThat(gateway.rejectedRequests()).isEmpty();
		}
	}

	@Test
	void answersCqlItCannotReadWithConfluences400(FakeConfluence fake) {
		List<String> broken = List.of("foo = \"x\"", "creator = currentUser()", "type = \"page\" AND",
				"title = \"unterminated", "title = 'unterminated", "type = page)", "(type = page", "type page",
				"type = page #", "#", "type = \"page\" AND AND space = ENG", "type = page ORDER BY",
				"type = page ORDER BY creator", "type = page ORDER title", "text = \"x\"", "title > \"x\"",
				"type ~ \"page\"", "label ~ \"x\"", "created ~ \"2024-01-01\"", "ancestor = 12a", "ancestor = \"abc\"",
				"id = 99999999999999999999", "type in ()", "type in (page", "type not (page)", "title = \"a\\n\"",
				"title ~ \"trailing\\\\\"", "title ~ \"\"", "title ~ \" \"", "created > \"yesterday\"",
				"created > \"2024-13-01\"", "created > now(\"-1d\")", "NOT type = page", "type != page",
				"label not in (x) AND type = page", "text !~ \"x\"", "(NOT label = x) OR type = page", "type == page",
				"type = page & space = ENG", "type = page && space = ENG", "type = page ! space = ENG",
				"type = page AND", "ORDER BY title", "type = page ORDER BY title, ", "AND type = page",
				"type = page OR (space = ENG", "type = * ", "type = page; space = ENG");
		for (String cql : broken) {
			HttpResponse<String> response = get(fake, cql, "");
			JsonNode body = Http.json(response);
			assertThat(response.statusCode()).as(cql).isEqualTo(400);
			assertThat(body.path("statusCode").asInt()).as(cql).isEqualTo(400);
			assertThat(body.path("message").asString()).as(cql).isEqualTo("Could not parse cql : " + cql);
			assertThat(body.path("data").path("successful").asBoolean(true)).as(cql).isFalse();
		}
		// the same words, written correctly, are searched
		assertThat(get(fake, "type = page AND NOT label = x", "").statusCode()).isEqualTo(200);
		assertThat(get(fake, "title ~ \"#\" OR title ~ \"a\\\\\\\\\"", "").statusCode()).isEqualTo(200);
		assertThat(get(fake, "space = 'ENG' AND type in (page, attachment)", "").statusCode()).isEqualTo(200);
		// these are the fake's own answers, not the validator's
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void answersABlankOrMissingCqlWith400(FakeConfluence fake) {
		HttpResponse<String> blank = Http.get(fake, "/wiki/rest/api/search?cql=%20%20&limit=5");
		HttpResponse<String> empty = Http.get(fake, "/wiki/rest/api/search?cql=");
		HttpResponse<String> missing = Http.get(fake, "/wiki/rest/api/search?limit=5");

		// the description requires cql: the validator refuses a blank, empty or missing
		// one first, in the v1 envelope
		for (HttpResponse<String> refused : List.of(blank, empty, missing)) {
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(Http.json(refused).path("statusCode").asInt()).isEqualTo(400);
			assertThat(Http.json(refused).path("message").asString()).contains("'cql' is required");
		}
		assertThat(fake.rejectedRequests()).hasSize(3);
		// without validation, the fake answers what Confluence answers
		fake.validateRequests(false);
		for (String query : List.of("cql=%20%20&limit=5", "cql=", "limit=5")) {
			HttpResponse<String> unvalidated = Http.get(fake, "/wiki/rest/api/search?" + query);
			assertThat(unvalidated.statusCode()).isEqualTo(400);
			assertThat(Http.json(unvalidated).path("message").asString())
				.isEqualTo("CQL query parameter is required but was empty");
		}
	}

	@Test
	void holdsSearchRequestsToTheDescription(FakeConfluence fake) {
		assertThat(fake.isValidatingRequests()).isTrue();
		HttpResponse<String> unknown = get(fake, "type = page", "&spaceKey=ENG");
		HttpResponse<String> negative = get(fake, "type = page", "&limit=-1");
		HttpResponse<String> described = get(fake, "type = page",
				"&limit=5&start=0&next=true&excerpt=highlight&expand=content.space&includeArchivedSpaces=false");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Http.json(unknown).path("message").asString())
			.isEqualTo("Query parameter 'spaceKey' is unexpected on path \"/wiki/rest/api/search\"");
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(described.statusCode()).isEqualTo(200);
		assertThat(ids(Http.json(described))).hasSize(5);
		assertThat(fake.rejectedRequests()).hasSize(2);
	}

	private static HttpResponse<String> get(FakeConfluence fake, String cql, String moreParameters) {
		return Http.get(fake,
				"/wiki/rest/api/search?cql=" + URLEncoder.encode(cql, StandardCharsets.UTF_8) + moreParameters);
	}

	static JsonNode search(FakeConfluence fake, String cql) {
		HttpResponse<String> response = get(fake, cql, "");
		assertThat(response.statusCode()).as(cql + ": " + response.body()).isEqualTo(200);
		return Http.json(response);
	}

	private static List<String> ids(FakeConfluence fake, String cql) {
		return ids(search(fake, cql));
	}

	private static List<String> ids(FakeConfluence fake, String cql, String moreParameters) {
		HttpResponse<String> response = get(fake, cql, moreParameters);
		assertThat(response.statusCode()).as(cql + ": " + response.body()).isEqualTo(200);
		return ids(Http.json(response));
	}

	/** The content ids of the results, in order. */
	static List<String> ids(JsonNode body) {
		List<String> ids = new ArrayList<>();
		body.path("results").forEach(result -> ids.add(result.path("content").path("id").asString()));
		return ids;
	}

	private static List<String> titles(FakeConfluence fake, String cql) {
		List<String> titles = new ArrayList<>();
		search(fake, cql).path("results").forEach(result -> titles.add(result.path("title").asString()));
		return titles;
	}

	private static List<String> keys(FakeConfluence fake, String cql, String moreParameters) {
		List<String> keys = new ArrayList<>();
		Http.json(get(fake, cql, moreParameters))
			.path("results")
			.forEach(result -> keys.add(result.path("space").path("key").asString()));
		return keys;
	}

	private static String id(FakePage page) {
		return Long.toString(page.id());
	}

	private static String id(long id) {
		return Long.toString(id);
	}

}
