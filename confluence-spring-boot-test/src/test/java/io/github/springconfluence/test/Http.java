package io.github.springconfluence.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to a {@link FakeConfluence} with the JDK client, as the starter makes
 * them.
 */
final class Http {

	static final HttpClient CLIENT = newClient();

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Http() {
	}

	static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static String basic(String email, String token, Charset charset) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(charset));
	}

	static String basic(FakeConfluence fake) {
		return basic(fake.email(), fake.apiToken(), StandardCharsets.UTF_8);
	}

	/**
	 * A request to a path below the fake's base URL (prefix included), with valid
	 * credentials.
	 */
	static HttpRequest.Builder authorized(FakeConfluence fake, String path) {
		return anonymous(fake, path).header("Authorization", basic(fake));
	}

	/** A request to a path below the fake's base URL, without credentials. */
	static HttpRequest.Builder anonymous(FakeConfluence fake, String path) {
		return HttpRequest.newBuilder(URI.create(fake.baseUrl() + path)).timeout(Duration.ofSeconds(20));
	}

	static HttpResponse<String> get(FakeConfluence fake, String path) {
		return send(authorized(fake, path).GET().build());
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpRequest.BodyPublisher json(String body) {
		return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
	}

	static JsonNode json(HttpResponse<String> response) {
		return MAPPER.readTree(response.body());
	}

	/** A v2 write with a JSON body. */
	static HttpResponse<String> sendJson(FakeConfluence fake, String method, String path, String json) {
		return send(
				authorized(fake, path).header("Content-Type", "application/json").method(method, json(json)).build());
	}

	/** A v1 write, with the XSRF header Confluence asks for; a null body sends none. */
	static HttpResponse<String> v1Write(FakeConfluence fake, String method, String path, String json) {
		HttpRequest.Builder builder = authorized(fake, path).header("X-Atlassian-Token", "no-check");
		if (json == null) {
			return send(builder.method(method, HttpRequest.BodyPublishers.noBody()).build());
		}
		return send(builder.header("Content-Type", "application/json").method(method, json(json)).build());
	}

}
