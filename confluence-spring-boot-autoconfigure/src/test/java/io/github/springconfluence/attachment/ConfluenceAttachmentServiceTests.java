package io.github.springconfluence.attachment;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.TestContexts.ThrowingConsumer;
import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ConfluenceAttachmentService} over real HTTP against {@link FakeConfluence}: the
 * v2 reads, the v1 streamed upload with its XSRF header, and the download through the
 * media hop without credentials.
 */
class ConfluenceAttachmentServiceTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake);

	private FakePage page;

	@BeforeEach
	void reset() {
		fake.clearSpaces();
		fake.addSpace("ENG", "Engineering");
		this.page = fake.addPage("ENG", "Files");
	}

	@Test
	void listsFindsByIdAndByFilename() {
		FakeAttachment report = fake.addAttachment(this.page.id(), "report.pdf", "application/pdf", 1234);
		fake.addAttachment(this.page.id(), "notes.txt", "text/plain", "hi".getBytes(StandardCharsets.UTF_8));
		withService((attachments) -> {
			String pageId = String.valueOf(this.page.id());
			assertThat(attachments.attachments(pageId)).extracting(Attachment::title)
				.containsExactly("report.pdf", "notes.txt");
			Attachment found = attachments.findById(report.id()).orElseThrow();
			assertThat(found.fileSize()).isEqualTo(1234);
			assertThat(found.mediaType()).isEqualTo("application/pdf");
			assertThat(found.pageId()).isEqualTo(pageId);
			assertThat(found.fileId()).isEqualTo(report.fileId());
			assertThat(found.version()).isEqualTo(1);
			assertThat(found.webUrl()).isNotNull();
			fake.clearRequests();
			assertThat(attachments.findByFilename(pageId, "notes.txt")).map(Attachment::fileSize).hasValue(2L);
			assertThat(fake.requests()).singleElement()
				.satisfies((request) -> assertThat(request.queryParam("filename")).isEqualTo("notes.txt"));
			assertThat(attachments.findByFilename(pageId, "missing.txt")).isEmpty();
			assertThat(attachments.findById("att999999")).isEmpty();
			fake.clearRequests();
			assertThat(attachments.findById("not an id")).isEmpty();
			assertThat(fake.requests()).isEmpty();
		});
	}

	@Test
	void uploadsAStreamedMultipartWithTheXsrfHeaderAndANonAsciiNameIntact() {
		byte[] content = "Grüße".getBytes(StandardCharsets.UTF_8);
		// "Café.txt" with a decomposed é, as macOS hands it out.
		String decomposed = "Cafe\u0301.txt";
		withService((attachments) -> {
			Attachment uploaded = attachments.upload(String.valueOf(this.page.id()),
					AttachmentUpload.of(decomposed, new ByteArrayResource(content)).withComment("Première"));
			assertThat(uploaded.title()).isEqualTo("Caf\u00e9.txt");
			assertThat(uploaded.fileSize()).isEqualTo(content.length);
			assertThat(uploaded.version()).isEqualTo(1);
			assertThat(uploaded.mediaType()).isEqualTo("text/plain");
			RecordedRequest upload = fake
				.requests("PUT", "/wiki/rest/api/content/" + this.page.id() + "/child/attachment")
				.get(0);
			assertThat(upload.header("X-Atlassian-Token")).isEqualTo("no-check");
			assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
			List<FakeAttachment> stored = fake.attachments(this.page.id());
			assertThat(stored).singleElement().satisfies((attachment) -> {
				assertThat(attachment.title()).isEqualTo("Caf\u00e9.txt");
				assertThat(attachment.comment()).isEqualTo("Première");
			});
			Attachment second = attachments.upload(String.valueOf(this.page.id()),
					AttachmentUpload.of("Caf\u00e9.txt", new ByteArrayResource(new byte[] { 1, 2, 3 })));
			assertThat(second.id()).isEqualTo(uploaded.id());
			assertThat(second.version()).isEqualTo(2);
			assertThat(fake.attachments(this.page.id())).hasSize(1);
		});
	}

	@Test
	void anUploadIsRetriedOnlyWhenItsSourceCanBeReadAgain() {
		fake.inject(Fault.on("PUT", "/wiki/rest/api/content/" + this.page.id() + "/child/attachment").status(503));
		withService((attachments) -> {
			Attachment uploaded = attachments.upload(String.valueOf(this.page.id()),
					AttachmentUpload.of("a.bin", new ByteArrayResource(new byte[100])));
			assertThat(uploaded.fileSize()).isEqualTo(100);
			assertThat(fake.requests("PUT", "/wiki/rest/api/content/" + this.page.id() + "/child/attachment"))
				.hasSize(2);
		});
		fake.inject(Fault.on("PUT", "/wiki/rest/api/content/" + this.page.id() + "/child/attachment").status(503));
		withService((attachments) -> {
			InputStreamResource once = new InputStreamResource(new java.io.ByteArrayInputStream(new byte[10]));
			assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(
						() -> attachments.upload(String.valueOf(this.page.id()), AttachmentUpload.of("b.bin", once)))
				.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(503));
			assertThat(fake.requests("PUT", "/wiki/rest/api/content/" + this.page.id() + "/child/attachment"))
				.hasSize(1);
		});
	}

	@Test
	void downloadsThroughTheMediaHopWithoutCredentials() throws Exception {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "data.bin", "application/octet-stream", 100_000);
		withService((attachments) -> {
			ByteArrayOutputStream target = new ByteArrayOutputStream();
			assertThat(attachments.download(attachment.id(), target)).isEqualTo(100_000);
			assertThat(target.toByteArray()[99_999]).isEqualTo(FakeAttachment.generatedByte(99_999));
			assertThat(fake.requests()).hasSize(2)
				.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("Basic "));
			assertThat(fake.requests().get(1).rawPath()).isEqualTo(
					"/wiki/rest/api/content/" + this.page.id() + "/child/attachment/" + attachment.id() + "/download");
			assertThat(fake.mediaRequests()).isNotEmpty()
				.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
			Attachment known = attachments.findById(attachment.id()).orElseThrow();
			fake.clearRequests();
			try (InputStream in = attachments.open(known)) {
				assertThat(in.readAllBytes()).hasSize(100_000);
			}
			assertThat(fake.requests()).hasSize(1);
		});
	}

	@Test
	void aDownloadThatEndsEarlyOrDoesNotMatchItsSizeFails() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "data.bin", "application/octet-stream", 50_000);
		fake.injectMedia(Fault.on("GET", "/file/*").truncateBody());
		withService((attachments) -> assertThatExceptionOfType(ConfluenceException.class)
			.isThrownBy(() -> attachments.download(attachment.id(), new ByteArrayOutputStream())));
		withService((attachments) -> {
			Attachment stale = new Attachment(attachment.id(), "data.bin", null, 49_999, null,
					String.valueOf(this.page.id()), null, 1, null, null);
			assertThatExceptionOfType(ConfluenceException.class)
				.isThrownBy(() -> attachments.download(stale, new ByteArrayOutputStream()))
				.withMessageContaining("50000 bytes where Confluence lists 49999");
			assertThatExceptionOfType(ConfluenceNotFoundException.class)
				.isThrownBy(() -> attachments.download("att999999", new ByteArrayOutputStream()));
		});
	}

	@Test
	void deletesThroughV2() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "old.txt", "text/plain", 3);
		withService((attachments) -> {
			attachments.delete(attachment.id());
			assertThat(fake.requests("DELETE", "/wiki/api/v2/attachments/" + attachment.id())).hasSize(1);
			assertThat(attachments.findById(attachment.id())).isEmpty();
		});
	}

	@Test
	void uploadsGuessTheMediaTypeAndRefuseBadNames() {
		assertThat(AttachmentUpload.of("a.png", new ByteArrayResource(new byte[0])).mediaType())
			.isEqualTo(MediaType.IMAGE_PNG);
		assertThat(AttachmentUpload.of("a.unknownext", new ByteArrayResource(new byte[0])).mediaType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AttachmentUpload.of("dir/a.txt", new ByteArrayResource(new byte[0])));
		withService(
				(attachments) -> assertThatIllegalArgumentException().isThrownBy(() -> attachments.attachments("abc")));
	}

	private void withService(ThrowingConsumer<ConfluenceAttachmentService> test) {
		TestContexts.withBean(this.contextRunner, fake, ConfluenceAttachmentService.class, test);
	}

}
