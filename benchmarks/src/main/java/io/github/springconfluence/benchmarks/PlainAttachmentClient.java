package io.github.springconfluence.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the attachment benchmark: what a user writes by hand to upload and
 * download an attachment, and no more, on one HTTP library.
 * <p>
 * Upload: a {@code PUT /wiki/rest/api/content/{pageId}/child/attachment} of a hand-built
 * {@code multipart/form-data} body with the same parts as the starter's ({@code file},
 * then {@code minorEdit=false}), {@code X-Atlassian-Token: no-check} and Basic auth, with
 * a fixed {@code Content-Length}, streaming the file's {@link InputStream} to the socket;
 * the attachment id is read from the answer. Download: {@code GET
 * .../child/attachment/{id}/download} with Basic auth, the 302's {@code Location} taken
 * by hand and fetched without credentials, its body copied with
 * {@link InputStream#transferTo(OutputStream)}. No timeouts, no retries, no checks beyond
 * the status code.
 */
interface PlainAttachmentClient extends AutoCloseable {

	/** The file name both sides upload, so that every upload is a new version. */
	String FILENAME = "benchmark.bin";

	/** The multipart boundary of the hand-built body. */
	String BOUNDARY = "plain-benchmark-boundary-7MA4YWxkTrZu0gW";

	JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Uploads a file as a new version of {@link #FILENAME}.
	 * @param file the file
	 * @return the attachment id
	 */
	String upload(Path file);

	/**
	 * Downloads an attachment's current version.
	 * @param attachmentId the attachment id
	 * @param target where the bytes go
	 * @return the number of bytes copied
	 */
	long download(String attachmentId, OutputStream target);

	/** A short label for result rows. */
	String label();

	@Override
	void close();

	static PlainAttachmentClient of(HttpLibrary library, String root, String pageId, String email, String apiToken) {
		return (library == HttpLibrary.JDK) ? new Jdk(root, pageId, email, apiToken)
				: new HttpComponents(root, pageId, email, apiToken);
	}

	/** The head of the body: the file part's headers. */
	static byte[] head() {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + FILENAME
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The tail of the body: the end of the file part, {@code minorEdit}, the closing
	 * boundary.
	 */
	static byte[] tail() {
		return ("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"minorEdit\"\r\n\r\nfalse\r\n--"
				+ BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static long bodyLength(Path file) {
		try {
			return head().length + Files.size(file) + tail().length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The body as one stream: head, the file's stream, tail. */
	static InputStream body(Path file) {
		try {
			return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head()),
					Files.newInputStream(file), new ByteArrayInputStream(tail()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String basic(String email, String apiToken) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
	}

	static String attachmentId(String json) {
		String id = JSON.readTree(json).path("results").path(0).path("id").asString();
		if (id == null || id.isEmpty()) {
			throw new IllegalStateException("No attachment id in the upload's answer: " + json);
		}
		return id;
	}

	static IllegalStateException unexpected(String what, int status) {
		return new IllegalStateException(what + " answered " + status);
	}

	/**
	 * The JDK {@link HttpClient} as {@code HttpClient.newHttpClient()} makes it; the body
	 * is {@code BodyPublishers.ofInputStream} with its length
	 * ({@code BodyPublishers.fromPublisher(..., length)}), so it is sent with a fixed
	 * {@code Content-Length}.
	 */
	final class Jdk implements PlainAttachmentClient {

		private final HttpClient client = HttpClient.newHttpClient();

		private final String root;

		private final String pageId;

		private final String authorization;

		Jdk(String root, String pageId, String email, String apiToken) {
			this.root = root;
			this.pageId = pageId;
			this.authorization = basic(email, apiToken);
		}

		@Override
		public String upload(Path file) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment"))
				.header("Authorization", this.authorization)
				.header("X-Atlassian-Token", "no-check")
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.PUT(HttpRequest.BodyPublishers
					.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body(file)), bodyLength(file)))
				.build();
			HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw unexpected("The upload", response.statusCode());
			}
			return attachmentId(response.body());
		}

		@Override
		public long download(String attachmentId, OutputStream target) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment/"
						+ attachmentId + "/download"))
				.header("Authorization", this.authorization)
				.build();
			HttpResponse<Void> redirect = send(request, HttpResponse.BodyHandlers.discarding());
			if (redirect.statusCode() != 302) {
				throw unexpected("The download", redirect.statusCode());
			}
			URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
			HttpResponse<InputStream> media = send(HttpRequest.newBuilder(location).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = media.body()) {
				if (media.statusCode() != 200) {
					throw unexpected("The media download", media.statusCode());
				}
				return body.transferTo(target);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
			try {
				return this.client.send(request, handler);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String label() {
			return "plain JDK HttpClient";
		}

		@Override
		public void close() {
			// HttpClient is AutoCloseable from Java 21 only
		}

	}

	/**
	 * Apache HttpClient 5 (classic) as {@code HttpClients.custom()} makes it, with
	 * redirects off so that the media hop is taken by hand; the body is an
	 * {@link InputStreamEntity} with its length.
	 */
	final class HttpComponents implements PlainAttachmentClient {

		private final CloseableHttpClient client = HttpClients.custom().disableRedirectHandling().build();

		private final String root;

		private final String pageId;

		private final String authorization;

		HttpComponents(String root, String pageId, String email, String apiToken) {
			this.root = root;
			this.pageId = pageId;
			this.authorization = basic(email, apiToken);
		}

		@Override
		public String upload(Path file) {
			HttpPut put = new HttpPut(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment");
			put.addHeader("Authorization", this.authorization);
			put.addHeader("X-Atlassian-Token", "no-check");
			try (InputStream body = body(file)) {
				put.setEntity(new InputStreamEntity(body, bodyLength(file), ContentType.create("multipart/form-data")
					.withParameters(new org.apache.hc.core5.http.message.BasicNameValuePair("boundary", BOUNDARY))));
				return this.client.execute(put, (response) -> {
					if (response.getCode() != 200) {
						throw unexpected("The upload", response.getCode());
					}
					return attachmentId(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public long download(String attachmentId, OutputStream target) {
			HttpGet get = new HttpGet(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment/"
					+ attachmentId + "/download");
			get.addHeader("Authorization", this.authorization);
			try {
				String location = this.client.execute(get, (response) -> {
					if (response.getCode() != 302) {
						throw unexpected("The download", response.getCode());
					}
					Header header = response.getFirstHeader("Location");
					return header.getValue();
				});
				return this.client.execute(new HttpGet(location), (response) -> {
					if (response.getCode() != 200) {
						throw unexpected("The media download", response.getCode());
					}
					try (InputStream body = response.getEntity().getContent()) {
						return body.transferTo(target);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String label() {
			return "plain HttpClient 5";
		}

		@Override
		public void close() {
			try {
				this.client.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * {@link HttpURLConnection} in fixed-length streaming mode, redirects off: the
	 * plainest copy of an {@code InputStream} to the socket the JDK offers, whichever
	 * library the starter runs on.
	 */
	final class UrlConnection implements PlainAttachmentClient {

		private final String root;

		private final String pageId;

		private final String authorization;

		UrlConnection(String root, String pageId, String email, String apiToken) {
			this.root = root;
			this.pageId = pageId;
			this.authorization = basic(email, apiToken);
		}

		@Override
		public String upload(Path file) {
			try {
				HttpURLConnection connection = (HttpURLConnection) URI
					.create(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment")
					.toURL()
					.openConnection();
				connection.setRequestMethod("PUT");
				connection.setDoOutput(true);
				connection.setFixedLengthStreamingMode(bodyLength(file));
				connection.setRequestProperty("Authorization", this.authorization);
				connection.setRequestProperty("X-Atlassian-Token", "no-check");
				connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
				try (OutputStream out = connection.getOutputStream();
						InputStream content = Files.newInputStream(file)) {
					out.write(head());
					content.transferTo(out);
					out.write(tail());
				}
				if (connection.getResponseCode() != 200) {
					throw unexpected("The upload", connection.getResponseCode());
				}
				try (InputStream answer = connection.getInputStream()) {
					return attachmentId(new String(answer.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public long download(String attachmentId, OutputStream target) {
			try {
				HttpURLConnection connection = (HttpURLConnection) URI
					.create(this.root + "/wiki/rest/api/content/" + this.pageId + "/child/attachment/" + attachmentId
							+ "/download")
					.toURL()
					.openConnection();
				connection.setInstanceFollowRedirects(false);
				connection.setRequestProperty("Authorization", this.authorization);
				if (connection.getResponseCode() != 302) {
					throw unexpected("The download", connection.getResponseCode());
				}
				String location = connection.getHeaderField("Location");
				connection.getInputStream().close();
				HttpURLConnection media = (HttpURLConnection) URI.create(location).toURL().openConnection();
				media.setInstanceFollowRedirects(false);
				if (media.getResponseCode() != 200) {
					throw unexpected("The media download", media.getResponseCode());
				}
				try (InputStream body = media.getInputStream()) {
					return body.transferTo(target);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String label() {
			return "HttpURLConnection";
		}

		@Override
		public void close() {
		}

	}

}
