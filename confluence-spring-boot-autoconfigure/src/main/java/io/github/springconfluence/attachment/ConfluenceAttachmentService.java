package io.github.springconfluence.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists, uploads, downloads and deletes the files attached to pages: v2 for reads and
 * deletes, v1 for uploads and downloads (v2 has neither).
 * <p>
 * Content is streamed both ways through a small buffer: memory does not grow with the
 * file. A download follows Confluence's redirect to Atlassian's media host without
 * {@code Authorization} or cookies.
 */
public interface ConfluenceAttachmentService {

	/**
	 * Lists a page's attachments, lazily, 250 per request.
	 * @param pageId the page id
	 * @return a lazy stream
	 */
	Stream<Attachment> attachments(String pageId);

	/**
	 * Reads an attachment.
	 * @param id the attachment id
	 * @return the attachment, or empty when it does not exist or is hidden
	 */
	Optional<Attachment> findById(String id);

	/**
	 * Finds a page's attachment by file name (NFC-normalised before comparing): one
	 * request.
	 * @param pageId the page id
	 * @param filename the file name
	 * @return the attachment, or empty
	 */
	Optional<Attachment> findByFilename(String pageId, String filename);

	/**
	 * Uploads a file to a page: creates the attachment, or adds a version when the page
	 * has a file of that name (v1 {@code PUT .../child/attachment}).
	 * @param pageId the page id
	 * @param upload the file
	 * @return the attachment as Confluence recorded it
	 */
	Attachment upload(String pageId, AttachmentUpload upload);

	/**
	 * Downloads an attachment's current version into a stream (one lookup, then the
	 * download).
	 * @param attachmentId the attachment id
	 * @param target where the content goes; not closed
	 * @return the number of bytes written
	 * @throws io.github.springconfluence.ConfluenceException when the download ends early
	 * or its size is not the attachment's {@code fileSize}
	 */
	long download(String attachmentId, OutputStream target);

	/**
	 * Downloads an attachment already read, without a lookup.
	 * @param attachment the attachment
	 * @param target where the content goes; not closed
	 * @return the number of bytes written
	 */
	long download(Attachment attachment, OutputStream target);

	/**
	 * Opens an attachment's content (one lookup, then the download). The caller closes
	 * the stream; a stream that ends before the announced length fails.
	 * @param attachmentId the attachment id
	 * @return the content
	 */
	InputStream open(String attachmentId);

	/**
	 * Opens an attachment already read, without a lookup.
	 * @param attachment the attachment
	 * @return the content, to be closed by the caller
	 */
	InputStream open(Attachment attachment);

	/**
	 * Deletes an attachment (v2, to the trash).
	 * @param attachmentId the attachment id
	 */
	void delete(String attachmentId);

}
