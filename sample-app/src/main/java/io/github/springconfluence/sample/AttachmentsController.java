package io.github.springconfluence.sample;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.github.springconfluence.attachment.Attachment;
import io.github.springconfluence.attachment.AttachmentUpload;
import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /pages/{id}/attachments}, {@code GET /attachments/{id}/download} and
 * {@code POST /pages/{id}/attachments}, served from {@link ConfluenceAttachmentService}.
 * Files are streamed both ways: a download goes from Confluence's media host to the
 * browser as it arrives, and an upload from the servlet container's temporary file to
 * Confluence, so neither is ever held in this app's memory.
 */
@RestController
class AttachmentsController {

	private final ConfluenceAttachmentService attachments;

	AttachmentsController(ConfluenceAttachmentService attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/pages/{id}/attachments")
	List<AttachmentView> attachmentsOfPage(@PathVariable String id) {
		return this.attachments.attachments(id).map(AttachmentView::of).toList();
	}

	@GetMapping("/attachments/{id}/download")
	ResponseEntity<StreamingResponseBody> download(@PathVariable String id) {
		// One lookup for the headers; download(Attachment, ..) then needs no second one.
		return this.attachments.findById(id).map((attachment) -> {
			StreamingResponseBody body = (out) -> this.attachments.download(attachment, out);
			ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
			if (attachment.fileSize() > 0) {
				ok.contentLength(attachment.fileSize());
			}
			return ok.contentType(mediaType(attachment))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(attachment.title(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(body);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping(path = "/pages/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	AttachmentView upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String comment) {
		String filename = file.getOriginalFilename();
		if (filename == null || filename.isBlank()) {
			throw new IllegalArgumentException("The 'file' part needs a file name");
		}
		AttachmentUpload upload = AttachmentUpload.of(filename, new MultipartFileContent(file)).withComment(comment);
		// curl and most browsers send application/octet-stream for anything they do not
		// know: the guess from the file name is better then.
		if (file.getContentType() != null && !file.getContentType().startsWith("application/octet-stream")) {
			upload = upload.withMediaType(MediaType.parseMediaType(file.getContentType()));
		}
		return AttachmentView.of(this.attachments.upload(id, upload));
	}

	private static MediaType mediaType(Attachment attachment) {
		try {
			return (attachment.mediaType() != null) ? MediaType.parseMediaType(attachment.mediaType())
					: MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/**
	 * An attachment as this app shows it.
	 *
	 * @param id the attachment id
	 * @param title the file name
	 * @param mediaType the media type, if known
	 * @param fileSize the size in bytes
	 * @param version the attachment's version
	 * @param createdAt when this version was created, if known
	 * @param download where this app streams the file from
	 * @param webUrl the attachment in Confluence's web UI, if known
	 */
	record AttachmentView(String id, String title, @Nullable String mediaType, long fileSize, int version,
			@Nullable Instant createdAt, String download, @Nullable URI webUrl) {

		static AttachmentView of(Attachment attachment) {
			return new AttachmentView(attachment.id(), attachment.title(), attachment.mediaType(),
					attachment.fileSize(), attachment.version(), attachment.createdAt(),
					"/attachments/" + attachment.id() + "/download", attachment.webUrl());
		}

	}

}
