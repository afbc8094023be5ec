package io.github.springconfluence.attachment;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a page.
 *
 * @param id the attachment id, such as {@code att98305}
 * @param title the file name
 * @param mediaType the media type Confluence recorded, such as {@code application/pdf}
 * @param fileSize the size in bytes of the current version
 * @param comment the comment of the current version, if any
 * @param pageId the id of the page it is attached to
 * @param fileId the media file id (what Atlassian Document Format bodies refer to)
 * @param version the current version number, from 1
 * @param createdAt when the current version was uploaded, if known
 * @param webUrl the attachment in Confluence's web UI, if known; to read the content use
 * {@link ConfluenceAttachmentService#download(Attachment, java.io.OutputStream)}, never
 * this URL or the web UI's download link (which answers 401 to API tokens)
 */
public record Attachment(String id, String title, @Nullable String mediaType, long fileSize, @Nullable String comment,
		String pageId, @Nullable String fileId, int version, @Nullable Instant createdAt, @Nullable URI webUrl) {
}
