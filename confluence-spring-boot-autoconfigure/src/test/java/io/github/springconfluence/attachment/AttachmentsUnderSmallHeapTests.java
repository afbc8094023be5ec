package io.github.springconfluence.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.GeneratedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfluenceAttachmentService} with files four times larger than the heap: run by
 * the {@code -Xmx64m} Surefire execution (see this module's pom), so that any copy of a
 * file into memory on the way through the service (the upload's multipart body, the
 * download's media hop, {@code open}'s stream) fails with an {@link OutOfMemoryError}.
 */
class AttachmentsUnderSmallHeapTests {

	private static final long SIZE = 256L * 1024 * 1024;

	// Without request validation: Atlassian's parsed descriptions alone would fill most
	// of the heap.
	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().validateRequests(false).space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	// Retries stay on (the default): a retryable upload must not buffer its source.
	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.read-timeout=120s");

	@Test
	void theHeapIsSmallerThanTheFiles() {
		assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()).isLessThan(SIZE / 2);
	}

	@Test
	void uploadsA256MebibyteResourceThroughTheService() throws Exception {
		FakePage page = fake.addPage("ENG", "Big upload through the service");
		TestContexts.withBean(this.contextRunner, fake, ConfluenceAttachmentService.class, (attachments) -> {
			Attachment uploaded = attachments.upload(String.valueOf(page.id()),
					AttachmentUpload.of("big.bin", new GeneratedResource(SIZE)));
			assertThat(uploaded.fileSize()).isEqualTo(SIZE);
		});
		FakeAttachment stored = fake.attachments(page.id()).get(0);
		assertThat(stored.fileSize()).isEqualTo(SIZE);
		assertThat(stored.sha256()).isEqualTo(sha256(new GeneratedResource(SIZE).getInputStream()));
	}

	@Test
	void downloadsAndOpensA256MebibyteFileThroughTheService() {
		FakePage page = fake.addPage("ENG", "Big download through the service");
		FakeAttachment attachment = fake.addAttachment(page.id(), "big.bin", "application/octet-stream", SIZE);
		TestContexts.withBean(this.contextRunner, fake, ConfluenceAttachmentService.class, (attachments) -> {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (OutputStream target = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				assertThat(attachments.download(attachment.id(), target)).isEqualTo(SIZE);
			}
			assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(attachment.sha256());
			try (InputStream in = attachments.open(attachment.id())) {
				assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(SIZE);
			}
		});
	}

	private static String sha256(InputStream content) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = content;
				OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			in.transferTo(out);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
