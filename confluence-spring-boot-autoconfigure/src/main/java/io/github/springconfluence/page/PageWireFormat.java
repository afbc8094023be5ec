package io.github.springconfluence.page;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of pages and what hangs off them on the wire, v2 and the v1 writes, as
 * Confluence sends and accepts them. Every field read is nullable: Confluence omits
 * fields freely and adds new ones, and neither may fail a read.
 */
final class PageWireFormat {

	private PageWireFormat() {
	}

	/** A v2 page ({@code GET /wiki/api/v2/pages/{id}}, {@code /pages}, writes). */
	record V2Page(@Nullable String id, @Nullable String status, @Nullable String title, @Nullable String spaceId,
			@Nullable String parentId, @Nullable String parentType, @Nullable String authorId, @Nullable String ownerId,
			@Nullable Instant createdAt, @Nullable V2Version version,
			@Nullable Map<String, @Nullable Representation> body, @JsonProperty("_links") @Nullable Links links) {
	}

	/** A page version, v2. */
	record V2Version(@Nullable Integer number, @Nullable String message, @Nullable Boolean minorEdit,
			@Nullable String authorId, @Nullable Instant createdAt) {
	}

	/** A body in one representation, read and written alike. */
	record Representation(@Nullable String representation, @Nullable String value) {
	}

	/** {@code _links} of a page. */
	record Links(@Nullable String webui, @Nullable String base) {
	}

	/** A direct child or a descendant. */
	record V2Child(@Nullable String id, @Nullable String type, @Nullable String title, @Nullable String status,
			@Nullable String spaceId, @Nullable Integer childPosition, @Nullable Integer depth,
			@Nullable String parentId) {
	}

	/** An ancestor. */
	record V2Ancestor(@Nullable String id, @Nullable String type) {
	}

	/** The ancestors response: no cursor, at most {@code limit} items. */
	record V2Ancestors(@Nullable List<@Nullable V2Ancestor> results) {
	}

	/** A label, v2. */
	record V2Label(@Nullable String id, @Nullable String name, @Nullable String prefix) {
	}

	/** A content property of a page; the value is any JSON. */
	record V2Property(@Nullable String id, @Nullable String key, @Nullable Object value, @Nullable V2Version version) {
	}

	/** The part of a v2 space a page service needs. */
	record V2SpaceId(@Nullable String id, @Nullable String key) {
	}

	/** {@code POST /wiki/api/v2/pages}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record V2PageCreate(String spaceId, String status, String title, @Nullable String parentId, Representation body) {
	}

	/** {@code PUT /wiki/api/v2/pages/{id}}: every field but the parent is required. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record V2PageWrite(String id, String status, String title, @Nullable String parentId, Representation body,
			VersionWrite version) {
	}

	/** The version of a write: the number is the current one + 1. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VersionWrite(int number, @Nullable String message) {
	}

	/** A content property write; {@code version} only on updates. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record V2PropertyWrite(String key, Object value, @Nullable VersionWrite version) {
	}

	/** A label to add, v1. */
	record V1Label(String prefix, String name) {
	}

	/** {@code POST /wiki/rest/api/content/{id}/version}: a restore. */
	record V1Restore(String operationKey, RestoreParams params) {
	}

	/** The parameters of a restore. */
	record RestoreParams(int versionNumber, String message, boolean restoreTitle) {
	}

}
