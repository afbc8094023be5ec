package io.github.springconfluence.attachment;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;

/**
 * A file to attach: its name, its content (streamed from the {@link Resource}, never held
 * in memory), its media type, an optional comment and whether it is a minor edit. Built
 * with {@link #of(String, Resource)} and the {@code with...} methods.
 *
 * @param filename the file name, NFC-normalised (Confluence compares names by their
 * characters, and macOS hands out decomposed ones)
 * @param content the content; a retry reads it again, and is made only when it can be
 * ({@link Resource#isReadable()} and not {@link Resource#isOpen()})
 * @param mediaType the media type
 * @param comment the version comment, or {@code null}
 * @param minorEdit whether watchers are spared a notification
 */
public record AttachmentUpload(String filename, Resource content, MediaType mediaType, @Nullable String comment,
		boolean minorEdit) {

	/**
	 * Creates an upload.
	 * @param filename the file name
	 * @param content the content
	 * @param mediaType the media type
	 * @param comment the comment, or {@code null}
	 * @param minorEdit whether it is a minor edit
	 */
	public AttachmentUpload {
		Assert.hasText(filename, "filename must not be blank");
		Assert.isTrue(!filename.contains("/") && !filename.contains("\\"),
				"An attachment's file name cannot contain '/' or '\\'");
		Assert.notNull(content, "content must not be null");
		Assert.notNull(mediaType, "mediaType must not be null");
		filename = Normalizer.normalize(filename, Normalizer.Form.NFC);
	}

	/**
	 * An upload of a resource under a name, with the media type guessed from the name
	 * ({@code application/octet-stream} when unknown), no comment, not a minor edit.
	 * @param filename the file name
	 * @param content the content
	 * @return the upload
	 */
	public static AttachmentUpload of(String filename, Resource content) {
		Assert.hasText(filename, "filename must not be blank");
		MediaType mediaType = MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
		return new AttachmentUpload(filename, content, mediaType, null, false);
	}

	/**
	 * Returns a copy with another media type.
	 * @param mediaType the media type
	 * @return the copy
	 */
	public AttachmentUpload withMediaType(MediaType mediaType) {
		return new AttachmentUpload(this.filename, this.content, mediaType, this.comment, this.minorEdit);
	}

	/**
	 * Returns a copy with a version comment (sent as UTF-8).
	 * @param comment the comment
	 * @return the copy
	 */
	public AttachmentUpload withComment(@Nullable String comment) {
		return new AttachmentUpload(this.filename, this.content, this.mediaType, comment, this.minorEdit);
	}

	/**
	 * Returns a copy marked as a minor edit.
	 * @param minorEdit whether it is a minor edit
	 * @return the copy
	 */
	public AttachmentUpload withMinorEdit(boolean minorEdit) {
		return new AttachmentUpload(this.filename, this.content, this.mediaType, this.comment, minorEdit);
	}

}
