package io.github.springconfluence.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.springconfluence.space.Space;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The baseline: what a user would write by hand with Spring's {@link RestClient} — a
 * fixed Basic header, Boot's builder and converters, the same v2 JSON mapped into the
 * same {@link Space} record — and no retries, redirect checks or error mapping.
 */
public final class HandWrittenClient {

	private final RestClient client;

	private final String root;

	/**
	 * Creates the client.
	 * @param builder Spring Boot's builder (observations and converters as the starter
	 * gets them)
	 * @param root the site root
	 * @param email the account email
	 * @param apiToken the API token
	 */
	public HandWrittenClient(RestClient.Builder builder, String root, String email, String apiToken) {
		this.root = root;
		this.client = builder.baseUrl(root)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + HttpHeaders.encodeBasicAuth(email, apiToken, StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * Reads one space.
	 * @param id the space id
	 * @return the space
	 */
	public Space findById(String id) {
		V2Space space = this.client.get()
			.uri("/wiki/api/v2/spaces/{id}?description-format=plain", id)
			.retrieve()
			.body(V2Space.class);
		return toSpace(space, this.root + "/wiki");
	}

	RestClient restClient() {
		return this.client;
	}

	/**
	 * Counts every space with a plain page loop over {@code _links.next}.
	 * @return the number of spaces
	 */
	public long countAllSpaces() {
		long count = 0;
		String next = "/wiki/api/v2/spaces?limit=250&description-format=plain";
		while (next != null) {
			V2Page page = this.client.get().uri(URI.create(this.root + next)).retrieve().body(V2Page.class);
			for (V2Space space : page.results()) {
				if (toSpace(space, page.links().base()) != null) {
					count++;
				}
			}
			next = page.links().next();
		}
		return count;
	}

	private static Space toSpace(V2Space space, String base) {
		String description = (space.description() != null && space.description().plain() != null)
				? space.description().plain().value() : null;
		return new Space(space.id(), space.key(), space.name(), space.type(), space.status(), description,
				space.homepageId(), space.authorId(),
				(space.createdAt() != null) ? Instant.parse(space.createdAt()) : null,
				(space.links() != null && space.links().webui() != null) ? URI.create(base + space.links().webui())
						: null);
	}

	record V2Page(List<V2Space> results, @JsonProperty("_links") Links links) {
	}

	record V2Space(String id, String key, String name, String type, String status, String authorId, String createdAt,
			String homepageId, Description description, @JsonProperty("_links") Links links) {
	}

	record Description(Plain plain) {
	}

	record Plain(String value) {
	}

	record Links(String webui, String base, String next) {
	}

}
