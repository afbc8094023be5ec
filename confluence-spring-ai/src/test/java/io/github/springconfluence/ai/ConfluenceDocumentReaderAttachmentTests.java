package io.github.springconfluence.ai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import io.github.springconfluence.user.ConfluenceUserService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.document.Document;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link ConfluenceDocumentReader.Builder#attachments(boolean)} against FakeConfluence,
 * with request validation on: text and PDF attachments become documents linked to their
 * page, at one search per batch and one download (plus the media hop) per readable
 * attachment; nothing changes when the option is off; unreadable, empty and too large
 * files are never downloaded.
 */
class ConfluenceDocumentReaderAttachmentTests {

	private static final String SEARCH = "/wiki/rest/api/search";

	private static final String PAGES = "/wiki/api/v2/pages";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	private long home;

	private FakePage guide;

	private FakePage faq;

	private FakeAttachment notes;

	private FakeAttachment manual;

	private FakeAttachment onePager;

	private FakeAttachment readme;

	@BeforeEach
	void site() throws IOException {
		fake.clearSpaces();
		this.home = fake.addSpace("ENG", "Engineering").homepageId();
		this.guide = fake.addPage("ENG", "Guide", this.home, "<p>See the attachments.</p>");
		this.faq = fake.addPage("ENG", "FAQ", this.home, "<p>Questions</p>");
		this.notes = fake.addAttachment(this.guide.id(), "notes.md", "text/markdown",
				"# Notes\n\nRestart with `./restart.sh`.\n".getBytes(StandardCharsets.UTF_8));
		this.manual = fake.addAttachment(this.guide.id(), "manual.pdf", "application/pdf",
				pdf("Install the agent first.", "", "Then configure the proxy."));
		fake.addAttachment(this.guide.id(), "diagram.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		fake.addAttachment(this.guide.id(), "empty.txt", "text/plain", new byte[0]);
		this.onePager = fake.addAttachment(this.faq.id(), "one-pager.pdf", "application/pdf",
				pdf("Answers on one page."));
		this.readme = fake.addAttachment(this.faq.id(), "readme.txt", "text/plain",
				"Grüße aus der FAQ".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void textAndPdfAttachmentsFollowTheirPageAsDocumentsLinkedToIt() {
		ReaderContexts.withFactory(fake, (factory) -> {
			int mediaBefore = fake.mediaRequests().size();
			List<Document> documents = factory.builder().spaceKeys("ENG").attachments(true).build().get();

			// each page, then its readable attachments; a PDF page without text is left
			// out
			assertThat(documents).extracting(Document::getId)
				.containsExactly(Long.toString(this.home), id(this.guide), this.notes.id(), this.manual.id() + "#1",
						this.manual.id() + "#3", id(this.faq), this.onePager.id(), this.readme.id());
			Document notesDocument = documents.get(2);
			assertThat(notesDocument.getText()).isEqualTo("# Notes\n\nRestart with `./restart.sh`.\n");
			assertThat(notesDocument.getMetadata()).containsOnlyKeys("id", "title", "mediaType", "pageId", "spaceKey",
					"url", "version", "lastModified");
			assertThat(notesDocument.getMetadata()).containsEntry("id", this.notes.id())
				.containsEntry("title", "notes.md")
				.containsEntry("mediaType", "text/markdown")
				.containsEntry("pageId", id(this.guide))
				.containsEntry("spaceKey", "ENG")
				.containsEntry("version", 1)
				.containsEntry("lastModified", this.notes.createdAt().toString());
			assertThat((String) notesDocument.getMetadata().get("url"))
				.startsWith(fake.baseUrl() + "/wiki/pages/viewpageattachments.action?pageId=" + this.guide.id());
			assertThat(documents.get(3).getText()).contains("Install the agent first.");
			assertThat(documents.get(3).getMetadata()).containsEntry("id", this.manual.id())
				.containsEntry("title", "manual.pdf")
				.containsEntry("mediaType", "application/pdf")
				.containsEntry("pageId", id(this.guide))
				.containsEntry("pdfPage", 1);
			assertThat(documents.get(4).getText()).contains("Then configure the proxy.");
			assertThat(documents.get(4).getMetadata()).containsEntry("pdfPage", 3);
			// a PDF with one page of text is one document whose id is the attachment's
			assertThat(documents.get(6).getText()).contains("Answers on one page.");
			assertThat(documents.get(6).getMetadata()).containsEntry("pageId", id(this.faq))
				.containsEntry("pdfPage", 1);
			assertThat(documents.get(7).getText()).isEqualTo("Grüße aus der FAQ");

			// one search for the pages, one for the attachments of the batch, one page
			// list; one download and one media hop per readable attachment, the image and
			// the empty file never downloaded
			List<RecordedRequest> searches = fake.requests("GET", SEARCH);
			assertThat(searches).hasSize(2);
			assertThat(searches.get(1).queryParam("cql")).isEqualTo("type = \"attachment\" AND container in ("
					+ this.home + "," + this.guide.id() + "," + this.faq.id() + ")");
			assertThat(searches.get(1).queryParam("limit")).isEqualTo("250");
			assertThat(searches.get(1).queryParam("expand"))
				.isEqualTo("content.container,content.space,content.version");
			assertThat(fake.requests("GET", PAGES)).hasSize(1);
			assertThat(downloads()).extracting(RecordedRequest::path)
				.containsExactly(download(this.guide, this.notes), download(this.guide, this.manual),
						download(this.faq, this.onePager), download(this.faq, this.readme));
			assertThat(fake.mediaRequests()).hasSize(mediaBefore + 4);
			assertThat(fake.requests()).hasSize(2 + 1 + 1 + 4); // and the user lookup
			assertThat(fake.rejectedRequests()).isEmpty();
		});
	}

	@Test
	void withoutTheOptionAttachmentsCostNothing() {
		ReaderContexts.withFactory(fake, (factory) -> {
			int mediaBefore = fake.mediaRequests().size();
			List<Document> documents = factory.builder().spaceKeys("ENG").build().get();

			assertThat(documents).extracting(Document::getId)
				.containsExactly(Long.toString(this.home), id(this.guide), id(this.faq));
			assertThat(fake.requests()).extracting((request) -> request.method() + " " + request.path())
				.containsExactly("GET " + SEARCH, "GET " + PAGES, "POST /wiki/api/v2/users-bulk");
			assertThat(fake.requests("GET", SEARCH).get(0).queryParam("cql"))
				.isEqualTo("type = \"page\" AND space in (\"ENG\")");
			assertThat(fake.mediaRequests()).hasSize(mediaBefore);
			assertThat(factory.builder().spaceKeys("ENG").attachments(false).build().get()).hasSize(3);
		});
	}

	@Test
	void unreadableTooLargeAndWithoutThePdfReaderAreSkippedWithoutADownload() {
		ReaderContexts.withFactory(fake, (factory) -> {
			int mediaBefore = fake.mediaRequests().size();
			// PDFs as if spring-ai-pdf-document-reader were absent; text files of at most
			// 20 bytes: readme.txt (19 bytes) is read, notes.md (37 bytes) is not
			List<Document> documents = factory.builder()
				.pageTree(Long.toString(this.home))
				.attachments(true)
				.maxAttachmentSize(DataSize.ofBytes(20))
				.pdf(false)
				.build()
				.get();

			assertThat(documents).extracting(Document::getId)
				.containsExactly(Long.toString(this.home), id(this.guide), id(this.faq), this.readme.id());
			assertThat(fake.requests("GET", SEARCH)).hasSize(2);
			assertThat(downloads()).extracting(RecordedRequest::path).containsExactly(download(this.faq, this.readme));
			assertThat(fake.mediaRequests()).hasSize(mediaBefore + 1);
		});
	}

	@Test
	void anHtmlAttachmentBecomesItsVisibleText() {
		fake.addSpace("WEB", "Web");
		FakePage page = fake.addPage("WEB", "Exported", null, "<p>An export</p>");
		FakeAttachment html = fake.addAttachment(page.id(), "export.html", "text/html; charset=UTF-8",
				"<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Größe</h1><p>of &amp; the site</p></body></html>"
					.getBytes(StandardCharsets.UTF_8));
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("WEB").attachments(true).build().get();
			assertThat(documents).filteredOn((document) -> document.getId().equals(html.id()))
				.singleElement()
				.satisfies((document) -> assertThat(document.getText()).isEqualTo("Größe of & the site"));
		});
	}

	@Test
	void anAttachmentDeletedBeforeItsDownloadIsSkippedAndTheReadGoesOn() {
		fake.inject(
				Fault
					.on("GET",
							"/wiki/rest/api/content/" + this.guide.id() + "/child/attachment/" + this.notes.id()
									+ "/download")
					.status(404)
					.body("application/json", "{\"statusCode\":404,\"message\":\"No attachment\"}"));
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("ENG").attachments(true).build().get();
			assertThat(documents).extracting(Document::getId)
				.doesNotContain(this.notes.id())
				.contains(this.readme.id(), Long.toString(this.faq.id()));
		});
	}

	@Test
	void findFirstDownloadsNoAttachment() {
		ReaderContexts.withFactory(fake, (factory) -> {
			try (var stream = factory.builder().spaceKeys("ENG").attachments(true).build().stream()) {
				assertThat(stream.findFirst()).get().extracting(Document::getId).isEqualTo(Long.toString(this.home));
			}
			assertThat(fake.requests("GET", SEARCH)).hasSize(2);
			assertThat(downloads()).isEmpty();
		});
	}

	@Test
	void attachmentsNeedAnAttachmentServiceAndAPositiveLimit() {
		ReaderContexts.runner(fake).run((context) -> {
			ConfluenceDocumentReader.Builder builder = ConfluenceDocumentReader
				.builder(context.getBean(ConfluenceApiClient.class), context.getBean(ConfluencePageService.class),
						context.getBean(ConfluenceSearchService.class), context.getBean(ConfluenceUserService.class))
				.spaceKeys("ENG");
			assertThat(builder.build()).isNotNull();
			assertThatIllegalStateException().isThrownBy(() -> builder.attachments(true).build())
				.withMessageContaining("ConfluenceAttachmentService");
			assertThatIllegalArgumentException().isThrownBy(() -> builder.maxAttachmentSize(DataSize.ofBytes(0)));
			assertThat(new ConfluenceDocumentReaderFactory(context.getBean(ConfluenceApiClient.class),
					context.getBean(ConfluencePageService.class), context.getBean(ConfluenceSearchService.class),
					context.getBean(ConfluenceUserService.class), null)
				.builder()
				.spaceKeys("ENG")
				.build()
				.get()).hasSize(3);
		});
	}

	private static List<RecordedRequest> downloads() {
		return fake.requests().stream().filter((request) -> request.path().endsWith("/download")).toList();
	}

	private static String download(FakePage page, FakeAttachment attachment) {
		return "/wiki/rest/api/content/" + page.id() + "/child/attachment/" + attachment.id() + "/download";
	}

	private static String id(FakePage page) {
		return Long.toString(page.id());
	}

	/** A PDF with one page per text; an empty text makes a page without text. */
	static byte[] pdf(String... pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				if (text.isEmpty()) {
					continue;
				}
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
