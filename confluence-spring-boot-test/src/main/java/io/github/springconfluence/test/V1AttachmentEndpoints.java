package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v1 attachment upload ({@code POST} and {@code PUT .../content/{id}/child/attachment},
 * multipart, read as a stream straight into temporary files) and download
 * ({@code GET .../download}, a 302 to the media server, as Confluence Cloud redirects to
 * {@code api.media.atlassian.com}).
 */
final class V1AttachmentEndpoints {

	static final String CHILD_ATTACHMENT_PATH = "/wiki/rest/api/content/{id}/child/attachment";

	private static final int MAX_FIELD_BYTES = 64 * 1024;

	private final FakeConfluence fake;

	V1AttachmentEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.addStreaming("POST", CHILD_ATTACHMENT_PATH, V1Writes.MULTIPART_BODY, call -> upload(call, false));
		routes.addStreaming("PUT", CHILD_ATTACHMENT_PATH, V1Writes.MULTIPART_BODY, call -> upload(call, true));
		routes.add("GET", CHILD_ATTACHMENT_PATH + "/{attachmentId}/download", this::download);
	}

	/**
	 * A file part as received: written to a temporary file while its size and SHA-256 are
	 * computed.
	 */
	private record Upload(String filename, String mediaType, Path file, long size, String sha256) {
	}

	Response upload(ApiCall call, boolean newVersionAllowed) throws IOException {
		Long pageId = V2Ids.parse(call.variable("id"));
		if (pageId == null || fake.site().page(pageId).filter(p -> !p.status().equals("trashed")).isEmpty()) {
			return ErrorResponses.v1(404, "No content found with id: ContentId{id=" + call.variable("id") + "}");
		}
		MultipartReader reader = MultipartReader.of(call.body(), call.request().header("Content-Type"));
		if (reader == null) {
			return ErrorResponses.v1(400, "Expected a multipart/form-data body with a boundary");
		}
		List<Upload> uploads = new ArrayList<>();
		List<String> comments = new ArrayList<>();
		String minorEdit = null;
		try {
			for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
				switch (part.name()) {
					case "file" -> {
						if (part.filename() == null || part.filename().isBlank()) {
							return ErrorResponses.v1(400, "A file part needs a file name");
						}
						uploads.add(store(part));
					}
					case "comment" -> comments.add(part.text(MAX_FIELD_BYTES));
					case "minorEdit" -> minorEdit = part.text(MAX_FIELD_BYTES).trim();
					default -> part.content().transferTo(OutputStream.nullOutputStream());
				}
			}
		}
		catch (IOException ex) {
			uploads.forEach(upload -> AttachmentContent.file(upload.file(), 0).discard());
			return ErrorResponses.v1(400, "Could not read the multipart body: " + ex.getMessage());
		}
		Response invalid = checkFields(uploads, comments, minorEdit);
		if (invalid != null) {
			uploads.forEach(upload -> AttachmentContent.file(upload.file(), 0).discard());
			return invalid;
		}
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			String comment = comments.isEmpty() ? null : comments.get(i);
			try {
				FakeAttachment attachment = fake.site()
					.attach(pageId, upload.filename(), upload.mediaType(),
							AttachmentContent.file(upload.file(), upload.size()), upload.sha256(), comment,
							newVersionAllowed);
				results.add(AttachmentJson.v1(attachment, fake.siteWikiUrl()));
			}
			catch (IllegalStateException ex) {
				uploads.subList(i, uploads.size()).forEach(u -> AttachmentContent.file(u.file(), 0).discard());
				return ErrorResponses.v1(400, ex.getMessage());
			}
		}
		body.put("start", 0);
		body.put("limit", 50);
		body.put("size", results.size());
		ObjectNode links = body.putObject("_links");
		links.put("base", fake.siteWikiUrl());
		links.put("context", "/wiki");
		return Response.json(200, body);
	}

	private static @Nullable Response checkFields(List<Upload> uploads, List<String> comments,
			@Nullable String minorEdit) {
		if (uploads.isEmpty()) {
			return ErrorResponses.v1(400, "At least one file part named 'file' is required");
		}
		if (minorEdit == null) {
			// Required by the 2026 description; Confluence answers a missing one with
			// 400.
			return ErrorResponses.v1(400, "The 'minorEdit' form field is required");
		}
		if (!comments.isEmpty() && comments.size() != uploads.size()) {
			return ErrorResponses.v1(400, "Every file must have a comment, in the same order, or none may have one");
		}
		return null;
	}

	private Upload store(MultipartReader.Part part) throws IOException {
		Path file = Files.createTempFile(fake.uploadDirectory(), "upload-", ".bin");
		// Deleted when the attachment is; this covers tests that never delete theirs.
		file.toFile().deleteOnExit();
		MessageDigest digest = AttachmentContent.sha256();
		long size;
		try (InputStream in = part.content();
				OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			size = in.transferTo(out);
		}
		catch (IOException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		String mediaType = part.contentType() == null ? "application/octet-stream"
				: part.contentType().split(";", 2)[0].trim();
		return new Upload(part.filename(), mediaType, file, size, HexFormat.of().formatHex(digest.digest()));
	}

	Response download(ApiCall call) {
		Long pageId = V2Ids.parse(call.variable("id"));
		PageNode.StoredAttachment stored = fake.site()
			.attachment(call.variable("attachmentId"))
			.filter(s -> pageId != null && s.attachment().pageId() == pageId)
			.orElse(null);
		if (stored == null) {
			return ErrorResponses.v1(404,
					"No attachment " + call.variable("attachmentId") + " on content " + call.variable("id"));
		}
		return Response.redirect(fake.media().downloadLocation(stored.attachment()));
	}

}
