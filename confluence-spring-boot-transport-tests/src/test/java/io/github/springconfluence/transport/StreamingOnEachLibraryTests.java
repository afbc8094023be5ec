package io.github.springconfluence.transport;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import io.github.springconfluence.client.ConfluenceMultipart;
import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.GeneratedResource;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and downloads stream on every library, and the hop of a download to the media
 * host (another origin) carries neither the credentials nor a cookie that the site set.
 */
class StreamingOnEachLibraryTests extends OnEachHttpLibrary {

	private static final long SIZE = 8L * 1024 * 1024 + 13;

	@Test
	void uploadsAStreamedMultipartBodyWithCredentialsAndTheXsrfHeader() throws Exception {
		FakePage page = this.fake.addPage("ENG", "Upload");
		withConfluence((confluence) -> {
			ConfluenceMultipart body = ConfluenceMultipart.builder()
				.file("file", "Größe.bin", MediaType.APPLICATION_OCTET_STREAM, new GeneratedResource(SIZE))
				.text("minorEdit", "true")
				.text("comment", "über")
				.build();
			assertThat(confluence.api()
				.upload(HttpMethod.PUT, "/wiki/rest/api/content/{id}/child/attachment", body, Map.class, page.id())
				.status()).isEqualTo(200);
		});
		assertThat(this.fake.requests()).singleElement().satisfies((upload) -> {
			assertThat(upload.header("Authorization")).isEqualTo("Basic " + CREDENTIALS);
			assertThat(upload.header("X-Atlassian-Token")).isEqualTo("no-check");
		});
		FakeAttachment stored = this.fake.attachments(page.id()).get(0);
		assertThat(stored.title()).isEqualTo("Größe.bin");
		assertThat(stored.comment()).isEqualTo("über");
		assertThat(stored.fileSize()).isEqualTo(SIZE);
		assertThat(stored.sha256()).isEqualTo(sha256OfGenerated(SIZE));
	}

	@Test
	void downloadsThroughTheMediaHostWithoutCredentialsOrCookies() {
		this.fake.setCookieOnResponses(true);
		FakePage page = this.fake.addPage("ENG", "Download");
		FakeAttachment attachment = this.fake.addAttachment(page.id(), "big.bin", "application/octet-stream", SIZE);
		withConfluence((confluence) -> {
			for (int i = 0; i < 2; i++) { // twice: a cookie set by the first response
											// must not be replayed
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				try (OutputStream target = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
					assertThat(confluence.api()
						.download("/wiki/rest/api/content/{pageId}/child/attachment/{id}/download", target, page.id(),
								attachment.id()))
						.isEqualTo(SIZE);
				}
				assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(attachment.sha256());
			}
		});
		assertThat(this.fake.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo("Basic " + CREDENTIALS));
		assertThat(this.fake.mediaRequests()).hasSize(2).allSatisfy((RecordedRequest request) -> {
			assertThat(request.header("Authorization")).isNull();
			assertThat(request.header("Cookie")).isNull();
		});
	}

	private static String sha256OfGenerated(long size) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new GeneratedResource(size).getInputStream()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
