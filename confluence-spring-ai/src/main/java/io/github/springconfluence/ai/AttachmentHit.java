package io.github.springconfluence.ai;

import java.net.URI;
import java.time.Instant;

import io.github.springconfluence.ai.DocumentSearchWireFormat.Content;
import io.github.springconfluence.ai.DocumentSearchWireFormat.Result;
import io.github.springconfluence.attachment.Attachment;
import io.github.springconfluence.client.ConfluenceListContext;
import org.jspecify.annotations.Nullable;

/**
 * What the attachment search tells about one attachment: enough to download it without a
 * lookup and to describe its documents.
 *
 * @param id the attachment id, such as {@code att123}
 * @param title the file name
 * @param mediaType the media type Confluence recorded, if any
 * @param fileSize the size in bytes of the current version
 * @param pageId the id of the page it is attached to
 * @param fileId the media file id, if known
 * @param spaceKey the space key, if known
 * @param version the current version number
 * @param lastModified when the current version was uploaded, if known
 * @param webUrl the attachment in the web UI, if known
 */
record AttachmentHit(String id, String title, @Nullable String mediaType, long fileSize, String pageId,
		@Nullable String fileId, @Nullable String spaceKey, int version, @Nullable Instant lastModified,
		@Nullable URI webUrl) {

	/**
	 * Reads a result; results that are not attachments, or lack an id, a page or a size,
	 * are skipped.
	 * @param result the result
	 * @param list the response that carried it
	 * @return the hit, or {@code null} to skip the result
	 */
	static @Nullable AttachmentHit of(Result result, ConfluenceListContext list) {
		Content content = result.content();
		if (content == null || !"attachment".equals(content.type()) || content.id() == null
				|| content.container() == null || content.container().id() == null || content.extensions() == null
				|| content.extensions().fileSize() == null) {
			return null;
		}
		Instant when = result.lastModified();
		int version = 1;
		if (content.version() != null) {
			if (content.version().number() != null) {
				version = content.version().number();
			}
			if (content.version().when() != null) {
				when = content.version().when();
			}
		}
		return new AttachmentHit(content.id(), (content.title() != null) ? content.title() : content.id(),
				content.extensions().mediaType(), content.extensions().fileSize(), content.container().id(),
				content.extensions().fileId(), (content.space() != null) ? content.space().key() : null, version, when,
				list.webUrl((content.links() != null) ? content.links().webui() : null));
	}

	/**
	 * The attachment as the attachment service downloads it, without a lookup.
	 * @return the attachment
	 */
	Attachment attachment() {
		return new Attachment(this.id, this.title, this.mediaType, this.fileSize, null, this.pageId, this.fileId,
				this.version, this.lastModified, this.webUrl);
	}

}
