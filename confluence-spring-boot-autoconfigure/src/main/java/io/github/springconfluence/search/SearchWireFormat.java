package io.github.springconfluence.search;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a v1 search result. Every field is nullable: results differ by entity type
 * (content, space, user) and Confluence adds fields.
 */
final class SearchWireFormat {

	private SearchWireFormat() {
	}

	/** One result. */
	record V1Result(@Nullable Content content, @Nullable Space space, @Nullable User user, @Nullable String title,
			@Nullable String excerpt, @Nullable String url, @Nullable String entityType, @Nullable Instant lastModified,
			@Nullable Container resultGlobalContainer) {
	}

	/** The content a content result is about. */
	record Content(@Nullable String id, @Nullable String type, @Nullable String title, @Nullable Space space,
			@JsonProperty("_links") @Nullable Links links) {
	}

	/** A space, in a content result or as a result. */
	record Space(@Nullable String key, @Nullable String name) {
	}

	/** A user result. */
	record User(@Nullable String accountId, @Nullable String displayName) {
	}

	/**
	 * The result's space, as the search lists it: {@code displayUrl} is
	 * {@code /spaces/KEY}.
	 */
	record Container(@Nullable String title, @Nullable String displayUrl) {
	}

	/** {@code _links}. */
	record Links(@Nullable String webui) {
	}

}
