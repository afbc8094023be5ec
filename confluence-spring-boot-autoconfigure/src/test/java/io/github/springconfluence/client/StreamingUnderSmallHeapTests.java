package io.github.springconfluence.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and downloads four times larger than the heap: run by its own Surefire
 * execution with {@code -Xmx64m} (see this module's pom), so that any copy of the file
 * into memory, by the starter or by Spring, fails with an {@link OutOfMemoryError}
 * instead of passing unnoticed.
 */
class StreamingUnderSmallHeapTests {

	private static final long SIZE = 256L * 1024 * 1024;

	// Without request validation: Atlassian's parsed descriptions alone would fill most
	// of the heap.
	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().validateRequests(false).space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	// The JDK client's read timeout covers sending the body too: generous, as the machine
	// may be busy.
	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.read-timeout=120s", "confluence.retry.max-retries=0");

	@Test
	void theHeapIsSmallerThanTheFiles() {
		assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()).isLessThan(SIZE / 2);
	}

	@Test
	void uploadsA256MebibyteFileThroughA64MebibyteHeap() {
		FakePage page = fake.addPage("ENG", "Big upload");
		this.contextRunner.run((context) -> {
			ConfluenceMultipart body = ConfluenceMultipart.builder()
				.file("file", "big.bin", MediaType.APPLICATION_OCTET_STREAM, new GeneratedResource(SIZE))
				.text("minorEdit", "true")
				.build();
			context.getBean(ConfluenceApiClient.class)
				.upload(HttpMethod.PUT, "/wiki/rest/api/content/{id}/child/attachment", body, Map.class, page.id());
		});
		FakeAttachment stored = fake.attachments(page.id()).get(0);
		assertThat(stored.fileSize()).isEqualTo(SIZE);
		try (InputStream content = fake.openAttachment(stored.id())) {
			for (long i = 0; i < 4096; i++) {
				assertThat((byte) content.read()).isEqualTo(FakeAttachment.generatedByte(i));
			}
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void downloadsA256MebibyteFileThroughA64MebibyteHeap() {
		FakePage page = fake.addPage("ENG", "Big download");
		FakeAttachment attachment = fake.addAttachment(page.id(), "big.bin", "application/octet-stream", SIZE);
		this.contextRunner.run((context) -> {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (OutputStream target = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				assertThat(context.getBean(ConfluenceApiClient.class)
					.download("/wiki/rest/api/content/{pageId}/child/attachment/{id}/download", target, page.id(),
							attachment.id()))
					.isEqualTo(SIZE);
			}
			assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(attachment.sha256());
		});
	}

}
