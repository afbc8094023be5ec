package io.github.springconfluence.attachment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of attachments: v2 reads, and the v1 upload answer. Every field is
 * nullable: Confluence omits fields freely and adds new ones.
 */
final class AttachmentWireFormat {

	private AttachmentWireFormat() {
	}

	/** A v2 attachment. */
	record V2Attachment(@Nullable String id, @Nullable String title, @Nullable String mediaType,
			@Nullable Long fileSize, @Nullable String comment, @Nullable String pageId, @Nullable String fileId,
			@Nullable Version version, @Nullable Instant createdAt, @JsonProperty("_links") @Nullable Links links) {
	}

	/** A version, v2 and v1 alike. */
	record Version(@Nullable Integer number, @Nullable Instant when, @Nullable Instant createdAt) {
	}

	/** {@code _links}. */
	record Links(@Nullable String webui, @Nullable String base) {
	}

	/** The v1 upload answer: the attachments written. */
	record V1Uploaded(@Nullable List<@Nullable V1Attachment> results, @JsonProperty("_links") @Nullable Links links) {
	}

	/** A v1 attachment. */
	record V1Attachment(@Nullable String id, @Nullable String title, @Nullable Version version,
			@Nullable Container container, @Nullable Extensions extensions,
			@JsonProperty("_links") @Nullable Links links) {
	}

	/** The page a v1 attachment belongs to. */
	record Container(@Nullable String id) {
	}

	/** The v1 attachment's file details. */
	record Extensions(@Nullable String mediaType, @Nullable Long fileSize, @Nullable String comment,
			@Nullable String fileId) {
	}

}
