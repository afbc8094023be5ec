package io.github.springconfluence.test;

import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An attachment held by {@link FakeConfluence}, owned by a page. Its content is kept out
 * of the heap (generated on the fly or in a temporary file) and read with
 * {@link FakeConfluence#openAttachment(String)}.
 *
 * @param id the attachment id, {@code att} followed by digits
 * @param pageId the id of the page it is attached to
 * @param title the file name, NFC-normalised
 * @param mediaType the media type, for example {@code application/pdf}
 * @param fileSize the content's length in bytes
 * @param comment the version comment, or {@code null}
 * @param fileId the media service's id of the content (what ADF bodies reference)
 * @param version the version number, from 1
 * @param createdAt when this version was created
 * @param sha256 the SHA-256 of the content, lower-case hex
 */
public record FakeAttachment(String id, long pageId, String title, String mediaType, long fileSize,
		@Nullable String comment, String fileId, int version, Instant createdAt, String sha256) {

	/**
	 * Creates an attachment record.
	 * @param id the attachment id
	 * @param pageId the page id
	 * @param title the file name
	 * @param mediaType the media type
	 * @param fileSize the size in bytes
	 * @param comment the comment, or {@code null}
	 * @param fileId the media file id
	 * @param version the version number
	 * @param createdAt the creation time
	 * @param sha256 the content's SHA-256, hex
	 */
	public FakeAttachment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(fileId, "fileId");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(sha256, "sha256");
	}

	/**
	 * The byte at a position of generated content
	 * ({@link FakeConfluence#addAttachment(long, String, String, long)}): a deterministic
	 * pattern that does not repeat at short periods, so that a shifted, dropped or
	 * duplicated block is caught by a comparison.
	 * @param position the position, from 0
	 * @return the byte
	 */
	public static byte generatedByte(long position) {
		long x = position * 0x9E3779B97F4A7C15L;
		return (byte) ((x >>> 56) ^ (position >>> 8) ^ position);
	}

	/**
	 * Streams generated content of a given length, byte for byte what
	 * {@link FakeConfluence#addAttachment(long, String, String, long)} stores, computed
	 * as it is read: for uploads larger than the heap in tests.
	 * @param size the content length in bytes
	 * @return a new stream; the caller closes it
	 */
	public static InputStream generatedContent(long size) {
		return new AttachmentContent.GeneratedInputStream(size);
	}
}
