package io.github.springconfluence.space;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of spaces on the wire, v1 and v2, as Confluence sends and accepts them.
 * Every field is nullable: Confluence omits fields freely, and a missing field that does
 * not matter must not fail a read.
 */
final class SpaceWireFormat {

	private SpaceWireFormat() {
	}

	/**
	 * A v2 space ({@code GET /wiki/api/v2/spaces}, {@code /spaces/{id}}); {@code id} is a
	 * string.
	 */
	record V2Space(@Nullable String id, @Nullable String key, @Nullable String name, @Nullable String type,
			@Nullable String status, @Nullable String authorId, @Nullable Instant createdAt,
			@Nullable String homepageId, @Nullable Description description,
			@JsonProperty("_links") @Nullable Links links) {
	}

	/** A v1 space, as v1 writes return it; {@code id} is a number there. */
	record V1Space(@Nullable String id, @Nullable String key, @Nullable String name, @Nullable String type,
			@Nullable String status, @Nullable Description description, @Nullable Homepage homepage,
			@JsonProperty("_links") @Nullable Links links) {
	}

	/**
	 * The v1 long-running task that {@code DELETE /wiki/rest/api/space/{key}} returns.
	 */
	record V1LongTask(@Nullable String id, @Nullable Links links) {
	}

	/** {@code description}, in either API, with the plain representation. */
	record Description(@Nullable Plain plain) {

		static @Nullable Description plain(@Nullable String value) {
			return (value != null) ? new Description(new Plain(value, "plain")) : null;
		}

		/** Confluence sends an empty value for a space without a description. */
		@Nullable String plainValue() {
			String value = (this.plain != null) ? this.plain.value() : null;
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	/** A representation of a description. */
	record Plain(@Nullable String value, @Nullable String representation) {
	}

	/** The expanded v1 home page. */
	record Homepage(@Nullable String id) {
	}

	/** {@code _links} / {@code links}: whichever of these the object carries. */
	record Links(@Nullable String webui, @Nullable String base, @Nullable String status) {
	}

	/** The body of a v1 create or update. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record V1SpaceWrite(@Nullable String key, @Nullable String name, @Nullable Description description) {
	}

}
