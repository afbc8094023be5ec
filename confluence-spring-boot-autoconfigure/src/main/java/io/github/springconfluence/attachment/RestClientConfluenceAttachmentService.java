package io.github.springconfluence.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.attachment.AttachmentWireFormat.Links;
import io.github.springconfluence.attachment.AttachmentWireFormat.V1Attachment;
import io.github.springconfluence.attachment.AttachmentWireFormat.V1Uploaded;
import io.github.springconfluence.attachment.AttachmentWireFormat.V2Attachment;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceDownload;
import io.github.springconfluence.client.ConfluenceMultipart;
import io.github.springconfluence.client.ConfluenceResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link ConfluenceAttachmentService} over the {@link ConfluenceApiClient}: its streamed
 * multipart upload and its download with the credential-free media hop.
 */
public class RestClientConfluenceAttachmentService implements ConfluenceAttachmentService {

	private static final String V2_ATTACHMENTS = "/wiki/api/v2/attachments";

	private static final String V1_CHILD_ATTACHMENT = "/wiki/rest/api/content/{pageId}/child/attachment";

	/** Attachment ids are {@code att} and digits; older sites send the digits alone. */
	private static final Pattern ATTACHMENT_ID = Pattern.compile("(att)?[0-9]{1,19}");

	private static final Pattern PAGE_ID = Pattern.compile("[0-9]{1,19}");

	private final ConfluenceApiClient api;

	/**
	 * Creates the service.
	 * @param api the Confluence API client
	 */
	public RestClientConfluenceAttachmentService(ConfluenceApiClient api) {
		Assert.notNull(api, "api must not be null");
		this.api = api;
	}

	@Override
	public Stream<Attachment> attachments(String pageId) {
		String page = pageId(pageId);
		return this.api.stream("/wiki/api/v2/pages/{id}/attachments?limit={limit}", V2Attachment.class,
				(attachment, list) -> fromV2(attachment, list.webUrl(webui(attachment)), list.response()), page, 250);
	}

	@Override
	public Optional<Attachment> findById(String id) {
		Assert.hasText(id, "id must not be blank");
		if (!ATTACHMENT_ID.matcher(id.trim()).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(require(id));
		}
		catch (ConfluenceNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Attachment> findByFilename(String pageId, String filename) {
		Assert.hasText(filename, "filename must not be blank");
		String normalized = Normalizer.normalize(filename, Normalizer.Form.NFC);
		return this.api
			.stream("/wiki/api/v2/pages/{id}/attachments?filename={filename}&limit={limit}", V2Attachment.class,
					(attachment, list) -> fromV2(attachment, list.webUrl(webui(attachment)), list.response()),
					pageId(pageId), normalized, 25)
			.filter((attachment) -> Normalizer.normalize(attachment.title(), Normalizer.Form.NFC).equals(normalized))
			.findFirst();
	}

	@Override
	public Attachment upload(String pageId, AttachmentUpload upload) {
		Assert.notNull(upload, "upload must not be null");
		ConfluenceMultipart.Builder body = ConfluenceMultipart.builder()
			.file("file", upload.filename(), upload.mediaType(), upload.content())
			.text("minorEdit", String.valueOf(upload.minorEdit()));
		if (upload.comment() != null) {
			body.text("comment", upload.comment());
		}
		ConfluenceResponse<V1Uploaded> response = this.api.upload(HttpMethod.PUT, V1_CHILD_ATTACHMENT, body.build(),
				V1Uploaded.class, pageId(pageId));
		List<@Nullable V1Attachment> results = response.body().results();
		V1Attachment written = (results != null && !results.isEmpty()) ? results.get(0) : null;
		if (written == null) {
			throw response.malformed("no attachment in the upload's answer");
		}
		String base = (response.body().links() != null) ? response.body().links().base() : null;
		return fromV1(written, pageId.trim(), base, response);
	}

	@Override
	public long download(String attachmentId, OutputStream target) {
		return download(require(attachmentId), target);
	}

	@Override
	public long download(Attachment attachment, OutputStream target) {
		Assert.notNull(attachment, "attachment must not be null");
		Assert.notNull(target, "target must not be null");
		long written = this.api.download(V1_CHILD_ATTACHMENT + "/{id}/download", target, attachment.pageId(),
				attachment.id());
		if (written != attachment.fileSize()) {
			throw new ConfluenceException("The download of attachment " + attachment.id() + " (" + attachment.title()
					+ ") gave " + written + " bytes where Confluence lists " + attachment.fileSize()
					+ ": the file may have changed meanwhile; read it again", 200, null, null);
		}
		return written;
	}

	@Override
	public InputStream open(String attachmentId) {
		return open(require(attachmentId));
	}

	@Override
	public InputStream open(Attachment attachment) {
		Assert.notNull(attachment, "attachment must not be null");
		ConfluenceDownload download = this.api.open(V1_CHILD_ATTACHMENT + "/{id}/download", attachment.pageId(),
				attachment.id());
		return new DownloadInputStream(download);
	}

	@Override
	public void delete(String attachmentId) {
		Assert.hasText(attachmentId, "attachmentId must not be blank");
		this.api.delete(V2_ATTACHMENTS + "/{id}", attachmentId.trim());
	}

	/** The attachment; a missing one is Confluence's own 404. */
	private Attachment require(String attachmentId) {
		Assert.hasText(attachmentId, "attachmentId must not be blank");
		ConfluenceResponse<V2Attachment> response = this.api.get(V2_ATTACHMENTS + "/{id}", V2Attachment.class,
				attachmentId.trim());
		V2Attachment attachment = response.body();
		return fromV2(attachment, webUrl(attachment.links()), response);
	}

	private static String pageId(String pageId) {
		Assert.hasText(pageId, "pageId must not be blank");
		Assert.isTrue(PAGE_ID.matcher(pageId.trim()).matches(), () -> "A page id is a number, not '" + pageId + "'");
		return pageId.trim();
	}

	private static Attachment fromV2(V2Attachment attachment, @Nullable URI webUrl, ConfluenceResponse<?> response) {
		if (attachment.id() == null || attachment.title() == null || attachment.pageId() == null) {
			throw response.malformed("an attachment without an id, title or page id");
		}
		int version = (attachment.version() != null && attachment.version().number() != null)
				? attachment.version().number() : 1;
		return new Attachment(attachment.id(), attachment.title(), attachment.mediaType(),
				Objects.requireNonNullElse(attachment.fileSize(), 0L), attachment.comment(), attachment.pageId(),
				attachment.fileId(), version, attachment.createdAt(), webUrl);
	}

	private Attachment fromV1(V1Attachment attachment, String pageId, @Nullable String base,
			ConfluenceResponse<?> response) {
		if (attachment.id() == null || attachment.title() == null) {
			throw response.malformed("an attachment without an id or title");
		}
		AttachmentWireFormat.Extensions extensions = attachment.extensions();
		AttachmentWireFormat.Version version = attachment.version();
		String container = (attachment.container() != null) ? attachment.container().id() : null;
		return new Attachment(attachment.id(), attachment.title(), (extensions != null) ? extensions.mediaType() : null,
				(extensions != null && extensions.fileSize() != null) ? extensions.fileSize() : 0L,
				(extensions != null) ? extensions.comment() : null, Objects.requireNonNullElse(container, pageId),
				(extensions != null) ? extensions.fileId() : null,
				(version != null && version.number() != null) ? version.number() : 1,
				(version != null) ? version.when() : null,
				this.api.webUrl(base, (attachment.links() != null) ? attachment.links().webui() : null));
	}

	private @Nullable URI webUrl(@Nullable Links links) {
		return (links != null) ? this.api.webUrl(links.base(), links.webui()) : null;
	}

	private static @Nullable String webui(V2Attachment attachment) {
		return (attachment.links() != null) ? attachment.links().webui() : null;
	}

	/** The download's body; closing it closes the download. */
	private static final class DownloadInputStream extends FilterInputStream {

		private final ConfluenceDownload download;

		DownloadInputStream(ConfluenceDownload download) {
			super(download.body());
			this.download = download;
		}

		@Override
		public void close() throws IOException {
			this.download.close();
		}

	}

}
