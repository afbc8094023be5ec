package io.github.springconfluence.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The honest baseline: exactly what most users write by hand. Spring Boot's
 * {@link RestClient.Builder} bean (its converters and observations, the library chosen by
 * {@code spring.http.clients.imperative.factory}), a fixed
 * {@code Authorization: Basic ...} header computed once, and
 * {@code retrieve().body(PlainSpace.class)} into a record of strings. No timeouts, no
 * retries, no redirect or origin checks, no error mapping, no date or URI parsing, no
 * nested records.
 */
public final class PlainClient {

	private final RestClient client;

	private final String root;

	/**
	 * Creates the client.
	 * @param builder Spring Boot's builder
	 * @param root the site root
	 * @param email the account email
	 * @param apiToken the API token
	 */
	public PlainClient(RestClient.Builder builder, String root, String email, String apiToken) {
		this.root = root;
		this.client = builder.baseUrl(root)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + HttpHeaders.encodeBasicAuth(email, apiToken, StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * Reads one space.
	 * @param id the space id
	 * @return the space, as strings
	 */
	public PlainSpace findById(String id) {
		return this.client.get()
			.uri("/wiki/api/v2/spaces/{id}?description-format=plain", id)
			.retrieve()
			.body(PlainSpace.class);
	}

	/**
	 * Counts every space with a plain page loop over {@code _links.next}, into records of
	 * strings.
	 * @return the number of spaces
	 */
	public long countAllSpaces() {
		long count = 0;
		String next = "/wiki/api/v2/spaces?limit=250&description-format=plain";
		while (next != null) {
			PlainPage page = this.client.get().uri(URI.create(this.root + next)).retrieve().body(PlainPage.class);
			for (PlainSpace space : page.results()) {
				if (space.id() != null) {
					count++;
				}
			}
			next = (page.links() != null) ? page.links().next() : null;
		}
		return count;
	}

	RestClient restClient() {
		return this.client;
	}

	/** A space as most users map it: strings only. */
	public record PlainSpace(String id, String key, String name, String type, String status, String authorId,
			String createdAt, String homepageId) {
	}

	/** A page of spaces, strings only. */
	public record PlainPage(List<PlainSpace> results, @JsonProperty("_links") PlainLinks links) {
	}

	/** The page's links. */
	public record PlainLinks(String next) {
	}

}
