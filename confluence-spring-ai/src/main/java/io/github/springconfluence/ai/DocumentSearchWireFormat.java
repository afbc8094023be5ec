package io.github.springconfluence.ai;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a v1 search result with the expansions the reader asks for
 * ({@code content.ancestors}, {@code content.metadata.labels}, {@code content.space},
 * {@code content.version} for pages; {@code content.container}, {@code content.space},
 * {@code content.version} for attachments, whose {@code extensions} come unasked). Every
 * field is nullable: Confluence leaves out what it cannot show and adds fields.
 */
final class DocumentSearchWireFormat {

	private DocumentSearchWireFormat() {
	}

	/** One result. */
	record Result(@Nullable Content content, @Nullable Instant lastModified) {
	}

	/** The content a result is about. */
	record Content(@Nullable String id, @Nullable String type, @Nullable String title, @Nullable Space space,
			@Nullable List<Ancestor> ancestors, @Nullable Metadata metadata, @Nullable Version version,
			@Nullable Container container, @Nullable Extensions extensions,
			@JsonProperty("_links") @Nullable Links links) {
	}

	/** {@code content.container}: an attachment's page. */
	record Container(@Nullable String id, @Nullable String type) {
	}

	/** {@code content.extensions}: an attachment's file. */
	record Extensions(@Nullable String mediaType, @Nullable Long fileSize, @Nullable String fileId) {
	}

	/** {@code content.space}. */
	record Space(@Nullable String key, @Nullable String name) {
	}

	/** One of {@code content.ancestors}, the top first. */
	record Ancestor(@Nullable String id, @Nullable String title) {
	}

	/** {@code content.metadata}. */
	record Metadata(@Nullable Labels labels) {
	}

	/** {@code content.metadata.labels}. */
	record Labels(@Nullable List<Label> results) {
	}

	/** One label. */
	record Label(@Nullable String name, @Nullable String prefix) {
	}

	/** {@code content.version}. */
	record Version(@Nullable Integer number, @Nullable Instant when, @Nullable User by) {
	}

	/** {@code content.version.by}. */
	record User(@Nullable String accountId, @Nullable String displayName) {
	}

	/** {@code _links}. */
	record Links(@Nullable String webui) {
	}

}
