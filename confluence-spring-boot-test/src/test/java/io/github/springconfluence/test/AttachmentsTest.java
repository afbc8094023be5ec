package io.github.springconfluence.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentsTest {

	private static final String BOUNDARY = "fake-boundary-7MA4YWxkTrZu0gW";

	private static final long SIXTY_FOUR_MIB = 64L * 1024 * 1024;

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix("/ex/confluence/cloud-a").space(FakeSpace.of("DOCS", "Docs")));

	private FakePage page;

	@BeforeEach
	void addPage(FakeConfluence fake) {
		page = fake.addPage("DOCS", "Page " + System.nanoTime());
	}

	@Test
	void addsAttachmentsWithIdsFileIdsSizesAndHashes(FakeConfluence fake) throws Exception {
		FakeAttachment bytes = fake.addAttachment(page.id(), "hello.txt", "text/plain",
				"hello".getBytes(StandardCharsets.UTF_8));
		FakeAttachment generated = fake.addAttachment(page.id(), "big.bin", "application/octet-stream", 1000);

		assertThat(bytes.id()).matches("att[0-9]+");
		assertThat(bytes.fileId()).isNotBlank().isNotEqualTo(generated.fileId());
		assertThat(bytes.fileSize()).isEqualTo(5);
		assertThat(bytes.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
		assertThat(generated.fileSize()).isEqualTo(1000);
		assertThat(generated.sha256()).isEqualTo(sha256(fake.openAttachment(generated.id())));
		assertThat(fake.attachments(page.id())).extracting(FakeAttachment::id)
			.containsExactly(bytes.id(), generated.id());
		assertThatThrownBy(() -> fake.addAttachment(1, "x", "text/plain", new byte[0]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void listsAPagesAttachmentsWithCursorPaging(FakeConfluence fake) {
		for (int i = 0; i < 3; i++) {
			fake.addAttachment(page.id(), "f" + i + ".txt", "text/plain", new byte[] { (byte) i });
		}
		HttpResponse<String> first = Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/attachments?limit=2");
		JsonNode body = Http.json(first);
		String next = body.path("_links").path("next").asString();

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(body.path("results")).hasSize(2);
		assertThat(body.path("results").get(0).path("title").asString()).isEqualTo("f0.txt");
		assertThat(next).startsWith("/wiki/api/v2/pages/" + page.id() + "/attachments?limit=2&cursor=");
		assertThat(first.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
		assertThat(body.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");

		// The next link is site-relative: it keeps /wiki but not the gateway prefix.
		JsonNode second = Http.json(Http
			.send(Http.authorized(fake, "").uri(URI.create(fake.baseUrl() + next.substring("".length()))).build()));
		assertThat(second.path("results")).hasSize(1);
		assertThat(second.path("results").get(0).path("title").asString()).isEqualTo("f2.txt");
		assertThat(second.path("_links").has("next")).isFalse();
		assertThat(Http.json(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/attachments")).path("results"))
			.hasSize(3);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/1/attachments").statusCode()).isEqualTo(404);
		assertThat(Http.get(fake, "/wiki/api/v2/pages/" + page.id() + "/attachments?limit=251").statusCode())
			.isEqualTo(400);
	}

	@Test
	void getsOneAttachmentWithItsFieldsAndDeletesItWith204(FakeConfluence fake) {
		FakeAttachment attachment = fake.addAttachment(page.id(), "report.pdf", "application/pdf", 4096);

		JsonNode body = Http.json(Http.get(fake, "/wiki/api/v2/attachments/" + attachment.id()));

		assertThat(body.path("id").asString()).isEqualTo(attachment.id());
		assertThat(body.path("title").asString()).isEqualTo("report.pdf");
		assertThat(body.path("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(body.path("fileSize").asLong()).isEqualTo(4096);
		assertThat(body.path("pageId").asString()).isEqualTo(Long.toString(page.id()));
		assertThat(body.path("fileId").asString()).isEqualTo(attachment.fileId());
		assertThat(body.path("version").path("number").asInt()).isEqualTo(1);
		assertThat(body.path("comment").isNull()).isTrue();
		assertThat(body.path("createdAt").asString()).isEqualTo(attachment.createdAt().toString());
		assertThat(body.path("_links").path("download").asString()).startsWith("/download/attachments/" + page.id());
		assertThat(body.path("_links").path("webui").asString()).startsWith("/pages/viewpageattachments.action");
		assertThat(body.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");

		HttpResponse<String> deleted = Http
			.send(Http.authorized(fake, "/wiki/api/v2/attachments/" + attachment.id()).DELETE().build());
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(fake.attachment(attachment.id())).isEmpty();
		assertThat(Http.get(fake, "/wiki/api/v2/attachments/" + attachment.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void deletesAPageTo204AndTheTrash(FakeConfluence fake) {
		HttpResponse<String> deleted = Http
			.send(Http.authorized(fake, "/wiki/api/v2/pages/" + page.id()).DELETE().build());

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(fake.page(page.id()).orElseThrow().status()).isEqualTo("trashed");
		assertThat(Http.send(Http.authorized(fake, "/wiki/api/v2/pages/1").DELETE().build()).statusCode())
			.isEqualTo(404);
		assertThat(Http.send(Http.authorized(fake, "/wiki/api/v2/pages/" + page.id() + "?purge=true").DELETE().build())
			.statusCode()).isEqualTo(204);
		assertThat(fake.page(page.id())).isEmpty();
	}

	@Test
	void uploadsMultipartWithANonAsciiNameAndAComment(FakeConfluence fake) throws Exception {
		// "Résumé.txt" with a decomposed é (e + U+0301): stored NFC.
		String decomposed = "Re\u0301sume\u0301.txt";
		byte[] body = multipart(List.of(
				Part.file("filename*=UTF-8''" + AttachmentJson.encode(decomposed).replace("+", "%20"), "text/plain",
						"bonjour".getBytes(StandardCharsets.UTF_8)),
				Part.field("comment", "première version"), Part.field("minorEdit", "true")));

		HttpResponse<String> response = upload(fake, "POST", page.id(), body, true);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = Http.json(response).path("results").get(0);
		assertThat(Http.json(response).path("size").asInt()).isEqualTo(1);
		assertThat(result.path("id").asString()).matches("att[0-9]+");
		assertThat(result.path("type").asString()).isEqualTo("attachment");
		assertThat(result.path("title").asString()).isEqualTo("R\u00e9sum\u00e9.txt");
		assertThat(result.path("extensions").path("fileSize").asLong()).isEqualTo(7);
		assertThat(result.path("extensions").path("mediaType").asString()).isEqualTo("text/plain");
		assertThat(result.path("extensions").path("comment").asString()).isEqualTo("première version");
		assertThat(result.path("version").path("number").asInt()).isEqualTo(1);
		FakeAttachment stored = fake.attachment(result.path("id").asString()).orElseThrow();
		assertThat(stored.sha256())
			.isEqualTo(sha256(new ByteArrayInputStream("bonjour".getBytes(StandardCharsets.UTF_8))));
		assertThat(new String(fake.openAttachment(stored.id()).readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo("bonjour");
		assertThat(fake.lastRequest().bodyAsString()).contains("bonjour");
	}

	@Test
	void uploadsRawUtf8NamesAndSeveralFiles(FakeConfluence fake) {
		byte[] body = multipart(List.of(Part.file("filename=\"日本語.txt\"", "text/plain", new byte[] { 1, 2 }),
				Part.file("filename=\"two.bin\"", "application/octet-stream", new byte[] { 3 }),
				Part.field("minorEdit", "false")));

		HttpResponse<String> response = upload(fake, "PUT", page.id(), body, true);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.json(response).path("results")).hasSize(2);
		assertThat(fake.attachments(page.id())).extracting(FakeAttachment::title).containsExactly("日本語.txt", "two.bin");
	}

	@Test
	void postRefusesAnExistingNameAndPutAddsAVersion(FakeConfluence fake) {
		fake.addAttachment(page.id(), "same.txt", "text/plain", new byte[] { 1 });
		byte[] body = multipart(List.of(Part.file("filename=\"same.txt\"", "text/plain", new byte[] { 2, 2 }),
				Part.field("minorEdit", "true")));

		HttpResponse<String> post = upload(fake, "POST", page.id(), body, true);
		HttpResponse<String> put = upload(fake, "PUT", page.id(), body, true);

		assertThat(post.statusCode()).isEqualTo(400);
		assertThat(Http.json(post).path("message").asString())
			.startsWith("Cannot add a new attachment with same file name as an existing attachment");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(Http.json(put).path("results").get(0).path("version").path("number").asInt()).isEqualTo(2);
		assertThat(fake.attachments(page.id())).singleElement().satisfies(a -> {
			assertThat(a.version()).isEqualTo(2);
			assertThat(a.fileSize()).isEqualTo(2);
		});
	}

	@Test
	void refusesUploadsWithoutTheXsrfHeaderOrMinorEdit(FakeConfluence fake) {
		byte[] withMinorEdit = multipart(List.of(Part.file("filename=\"a.txt\"", "text/plain", new byte[] { 1 }),
				Part.field("minorEdit", "true")));
		byte[] withoutMinorEdit = multipart(List.of(Part.file("filename=\"a.txt\"", "text/plain", new byte[] { 1 })));

		HttpResponse<String> noXsrf = upload(fake, "POST", page.id(), withMinorEdit, false);
		HttpResponse<String> noMinorEdit = upload(fake, "POST", page.id(), withoutMinorEdit, true);
		HttpResponse<String> noPage = upload(fake, "POST", 1, withMinorEdit, true);

		assertThat(noXsrf.statusCode()).isEqualTo(403);
		assertThat(Http.json(noXsrf).path("message").asString()).isEqualTo("XSRF check failed");
		assertThat(noMinorEdit.statusCode()).isEqualTo(400);
		assertThat(Http.json(noMinorEdit).path("message").asString()).contains("minorEdit");
		assertThat(noPage.statusCode()).isEqualTo(404);
		assertThat(fake.attachments(page.id())).isEmpty();
	}

	@Test
	void downloadsThroughA302ToTheMediaOriginWithoutCredentials(FakeConfluence fake) throws Exception {
		FakeAttachment attachment = fake.addAttachment(page.id(), "data file.bin", "application/octet-stream", 100_000);
		fake.setCookieOnResponses(true);

		HttpResponse<String> redirect = Http.get(fake, downloadPath(attachment));

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(c -> assertThat(c).startsWith("tenant."));
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(fake.mediaBaseUrl() + "/file/" + attachment.fileId() + "/binary?token=")
			.contains("&client=")
			.endsWith("&name=data%20file.bin");
		assertThat(URI.create(location).getPort()).isNotEqualTo(fake.port());

		HttpResponse<InputStream> content = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(location)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(content.statusCode()).isEqualTo(200);
		assertThat(content.headers().firstValueAsLong("Content-Length")).hasValue(100_000);
		assertThat(content.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
		assertThat(sha256(content.body())).isEqualTo(attachment.sha256());

		assertThat(fake.mediaRequests()).singleElement().satisfies(request -> {
			assertThat(request.header("Authorization")).isNull();
			assertThat(request.header("Cookie")).isNull();
			assertThat(request.path()).isEqualTo("/file/" + attachment.fileId() + "/binary");
		});
	}

	@Test
	void theMediaServerChecksTheTokenAndJournalsHeaders(FakeConfluence fake) {
		FakeAttachment attachment = fake.addAttachment(page.id(), "a.bin", "application/octet-stream", 10);
		String bad = fake.mediaBaseUrl() + "/file/" + attachment.fileId() + "/binary?token=forged";

		HttpResponse<String> response = Http
			.send(HttpRequest.newBuilder(URI.create(bad)).header("Authorization", Http.basic(fake)).build());

		assertThat(response.statusCode()).isEqualTo(401);
		// What a leaking client would look like: the journal shows the header.
		assertThat(fake.mediaRequests().get(0).header("Authorization")).isEqualTo(Http.basic(fake));
	}

	@Test
	void theMediaServerRefusesAValidTokenThatComesWithCredentials(FakeConfluence fake) {
		FakeAttachment attachment = fake.addAttachment(page.id(), "a.bin", "application/octet-stream", 10);
		String withAuthorization = Http.get(fake, downloadPath(attachment))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		String withCookie = Http.get(fake, downloadPath(attachment)).headers().firstValue("Location").orElseThrow();
		String clean = Http.get(fake, downloadPath(attachment)).headers().firstValue("Location").orElseThrow();

		HttpResponse<String> leakingAuthorization = Http.send(HttpRequest.newBuilder(URI.create(withAuthorization))
			.header("Authorization", Http.basic(fake))
			.build());
		HttpResponse<String> leakingCookie = Http
			.send(HttpRequest.newBuilder(URI.create(withCookie)).header("Cookie", "tenant.session.token=x").build());
		HttpResponse<String> credentialFree = Http.send(HttpRequest.newBuilder(URI.create(clean)).build());

		assertThat(leakingAuthorization.statusCode()).isEqualTo(401);
		assertThat(leakingAuthorization.body()).contains("credentials sent to the media origin");
		assertThat(leakingCookie.statusCode()).isEqualTo(401);
		assertThat(credentialFree.statusCode()).isEqualTo(200);
		assertThat(credentialFree.body()).hasSize(10);
	}

	@Test
	void theMediaServerCanAddAHopTruncateAndBeRedirectedAway(FakeConfluence fake) throws Exception {
		FakeAttachment attachment = fake.addAttachment(page.id(), "a.bin", "application/octet-stream", 10_000);

		fake.mediaRedirectHop(true);
		String location = Http.get(fake, downloadPath(attachment)).headers().firstValue("Location").orElseThrow();
		HttpResponse<String> hop = Http.send(HttpRequest.newBuilder(URI.create(location)).build());
		assertThat(hop.statusCode()).isEqualTo(302);
		String second = hop.headers().firstValue("Location").orElseThrow();
		assertThat(second).startsWith(fake.mediaBaseUrl() + "/file/" + attachment.fileId());
		assertThat(Http.CLIENT
			.send(HttpRequest.newBuilder(URI.create(second)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body()).hasSize(10_000);
		fake.mediaRedirectHop(false);

		fake.injectMedia(Fault.on("GET", "/file/*").truncateBody());
		String next = Http.get(fake, downloadPath(attachment)).headers().firstValue("Location").orElseThrow();
		assertThatThrownBy(() -> Http.CLIENT.send(HttpRequest.newBuilder(URI.create(next)).build(),
				HttpResponse.BodyHandlers.ofByteArray()))
			.isInstanceOf(IOException.class);

		fake.downloadRedirectLocation("http://127.0.0.1:1/elsewhere");
		assertThat(Http.get(fake, downloadPath(attachment)).headers().firstValue("Location"))
			.hasValue("http://127.0.0.1:1/elsewhere");
	}

	@Test
	void streams64MebibytesBothWaysWithoutHoldingThem(FakeConfluence fake) throws Exception {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"minorEdit\"\r\n\r\ntrue\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = Http.authorized(fake, "/wiki/rest/api/content/" + page.id() + "/child/attachment")
			.timeout(Duration.ofSeconds(120))
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
					new SequenceInputStream(new ByteArrayInputStream(head),
							new AttachmentContent.GeneratedInputStream(SIXTY_FOUR_MIB)),
					new ByteArrayInputStream(tail))))
			.build();

		HttpResponse<String> uploaded = Http.send(request);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		FakeAttachment stored = fake.attachments(page.id()).get(0);
		String expected = sha256(new AttachmentContent.GeneratedInputStream(SIXTY_FOUR_MIB));
		assertThat(stored.fileSize()).isEqualTo(SIXTY_FOUR_MIB);
		assertThat(stored.sha256()).isEqualTo(expected);
		assertThat(fake.lastRequest().body().length).isEqualTo(FakeConfluenceHandler.JOURNALED_BODY_LIMIT);

		FakeAttachment generated = fake.addAttachment(page.id(), "gen.bin", "application/octet-stream", SIXTY_FOUR_MIB);
		assertThat(generated.sha256()).isEqualTo(expected);
		String location = Http.get(fake, downloadPath(generated)).headers().firstValue("Location").orElseThrow();
		HttpResponse<InputStream> download = Http.CLIENT.send(
				HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(SIXTY_FOUR_MIB);
		assertThat(sha256(download.body())).isEqualTo(expected);
	}

	private String downloadPath(FakeAttachment attachment) {
		return "/wiki/rest/api/content/" + attachment.pageId() + "/child/attachment/" + attachment.id() + "/download";
	}

	private static HttpResponse<String> upload(FakeConfluence fake, String method, long pageId, byte[] body,
			boolean xsrf) {
		HttpRequest.Builder builder = Http.authorized(fake, "/wiki/rest/api/content/" + pageId + "/child/attachment")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		if (xsrf) {
			builder.header("X-Atlassian-Token", "no-check");
		}
		return Http.send(builder.build());
	}

	private record Part(String disposition, String contentType, byte[] content) {

		static Part file(String filenameParameter, String contentType, byte[] content) {
			return new Part("form-data; name=\"file\"; " + filenameParameter, contentType, content);
		}

		static Part field(String name, String value) {
			return new Part("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8",
					value.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static byte[] multipart(List<Part> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Part part : parts) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + part.disposition() + "\r\nContent-Type: "
					+ part.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(part.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String sha256(InputStream in) {
		try (in) {
			MessageDigest digest = AttachmentContent.sha256();
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) >= 0) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
