package io.github.springconfluence.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeAttachment;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Multipart uploads through {@link ConfluenceApiClient#upload}, over real HTTP: streamed,
 * authenticated, with the XSRF header, retried only when the body can be read again and
 * the method allows it, and never redirected.
 */
class StreamingUploadTests {

	private static final String UPLOAD = "/wiki/rest/api/content/{id}/child/attachment";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.retry.initial-backoff=1ms", "confluence.retry.max-backoff=2ms");

	private FakePage page;

	@BeforeEach
	void addPage() {
		this.page = fake.addPage("ENG", "Upload target " + System.nanoTime());
	}

	@Test
	void uploadsAStreamedMultipartBodyWithTheXsrfHeaderAndUtf8Names() throws Exception {
		byte[] content = "Grüße aus der Datei\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
		String decomposed = "Gru\u0308\u00dfe.txt"; // "Grüße.txt" with a combining
													// diaeresis
		this.contextRunner.run((context) -> {
			ConfluenceResponse<Map> response = context.getBean(ConfluenceApiClient.class)
				.upload(HttpMethod.PUT, UPLOAD,
						multipart(decomposed, new ByteArrayResource(content), "Erste Fassung ✓"), Map.class,
						this.page.id());
			assertThat(response.status()).isEqualTo(200);
		});
		List<RecordedRequest> requests = fake.requests();
		assertThat(requests).hasSize(1);
		RecordedRequest upload = requests.get(0);
		assertThat(upload.method()).isEqualTo("PUT");
		assertThat(upload.header("X-Atlassian-Token")).isEqualTo("no-check");
		assertThat(upload.header("Authorization")).startsWith("Basic ");
		assertThat(upload.header("Content-Type")).startsWith("multipart/form-data").contains("boundary=confluence-");
		FakeAttachment stored = fake.attachments(this.page.id()).get(0);
		assertThat(stored.title()).isEqualTo("Gr\u00fc\u00dfe.txt");
		assertThat(stored.comment()).isEqualTo("Erste Fassung ✓");
		assertThat(stored.fileSize()).isEqualTo(content.length);
		assertThat(stored.sha256()).isEqualTo(sha256(content));
	}

	@Test
	void aRepeatableUploadIsRetriedAfterA429AndStoredOnce() {
		fake.inject(Fault.on("PUT", path()).status(429).header("Retry-After", "0"));
		this.contextRunner.run((context) -> context.getBean(ConfluenceApiClient.class)
			.upload(HttpMethod.PUT, UPLOAD, multipart("a.txt", new ByteArrayResource(new byte[4096]), null), Map.class,
					this.page.id()));
		assertThat(fake.requests("PUT", path())).hasSize(2);
		assertThat(fake.attachments(this.page.id())).singleElement()
			.satisfies((attachment) -> assertThat(attachment.fileSize()).isEqualTo(4096));
	}

	@Test
	void aOneShotUploadIsNeverSentTwice() {
		fake.inject(Fault.on("PUT", path()).status(429).header("Retry-After", "0"));
		Resource oneShot = new InputStreamResource(new ByteArrayInputStream(new byte[4096]));
		this.contextRunner.run((context) -> {
			ConfluenceRateLimitException ex = catchThrowableOfType(ConfluenceRateLimitException.class,
					() -> context.getBean(ConfluenceApiClient.class)
						.upload(HttpMethod.PUT, UPLOAD, multipart("a.txt", oneShot, null), Map.class, this.page.id()));
			assertThat(ex.statusCode()).isEqualTo(429);
		});
		assertThat(fake.requests("PUT", path())).hasSize(1);
		assertThat(fake.attachments(this.page.id())).isEmpty();
	}

	@Test
	void aPostUploadIsNotReplayedAfterAServerError() {
		fake.inject(Fault.on("POST", path()).status(503));
		this.contextRunner.run((context) -> {
			ConfluenceServerException ex = catchThrowableOfType(ConfluenceServerException.class,
					() -> context.getBean(ConfluenceApiClient.class)
						.upload(HttpMethod.POST, UPLOAD, multipart("a.txt", new ByteArrayResource(new byte[10]), null),
								Map.class, this.page.id()));
			assertThat(ex.statusCode()).isEqualTo(503);
		});
		assertThat(fake.requests("POST", path())).hasSize(1);
	}

	@Test
	void anUploadIsNeverRedirected() {
		fake.inject(Fault.on("PUT", path()).status(307).header("Location", fake.baseUrl() + "/elsewhere"));
		this.contextRunner.run((context) -> catchThrowableOfType(ConfluenceRedirectException.class,
				() -> context.getBean(ConfluenceApiClient.class)
					.upload(HttpMethod.PUT, UPLOAD, multipart("a.txt", new ByteArrayResource(new byte[10]), null),
							Map.class, this.page.id())));
		assertThat(fake.requests()).hasSize(1);
	}

	private String path() {
		return "/wiki/rest/api/content/" + this.page.id() + "/child/attachment";
	}

	static ConfluenceMultipart multipart(String filename, Resource content, String comment) {
		ConfluenceMultipart.Builder body = ConfluenceMultipart.builder()
			.file("file", filename, MediaType.TEXT_PLAIN, content)
			.text("minorEdit", "true");
		if (comment != null) {
			body.text("comment", comment);
		}
		return body.build();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
