package io.github.springconfluence.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders attachments the way the v2 and v1 APIs do. Links are relative to
 * {@code _links.base}; the {@code download} link is the web UI's, which answers 401 to
 * API tokens on real sites: clients must download through the v1 REST route instead.
 */
final class AttachmentJson {

	private AttachmentJson() {
	}

	/** A v2 attachment; {@code base} is added on single reads, not in listings. */
	static ObjectNode v2(FakeAttachment attachment, String authorId, @Nullable String base) {
		ObjectNode node = Json.object();
		node.put("id", attachment.id());
		node.put("status", "current");
		node.put("title", attachment.title());
		node.put("createdAt", attachment.createdAt().toString());
		node.put("pageId", Long.toString(attachment.pageId()));
		node.put("mediaType", attachment.mediaType());
		node.put("mediaTypeDescription", attachment.mediaType());
		if (attachment.comment() == null) {
			node.putNull("comment");
		}
		else {
			node.put("comment", attachment.comment());
		}
		node.put("fileId", attachment.fileId());
		node.put("fileSize", attachment.fileSize());
		node.put("webuiLink", webui(attachment));
		node.put("downloadLink", download(attachment));
		ObjectNode version = node.putObject("version");
		version.put("number", attachment.version());
		version.put("message", attachment.comment() == null ? "" : attachment.comment());
		version.put("minorEdit", false);
		version.put("authorId", authorId);
		version.put("createdAt", attachment.createdAt().toString());
		ObjectNode links = node.putObject("_links");
		links.put("webui", webui(attachment));
		links.put("download", download(attachment));
		if (base != null) {
			links.put("base", base);
		}
		return node;
	}

	/** A v1 attachment, as upload answers carry them. */
	static ObjectNode v1(FakeAttachment attachment, String siteWiki) {
		ObjectNode node = Json.object();
		node.put("id", attachment.id());
		node.put("type", "attachment");
		node.put("status", "current");
		node.put("title", attachment.title());
		ObjectNode version = node.putObject("version");
		version.put("number", attachment.version());
		version.put("minorEdit", false);
		version.put("when", attachment.createdAt().toString());
		ObjectNode container = node.putObject("container");
		container.put("id", Long.toString(attachment.pageId()));
		container.put("type", "page");
		ObjectNode extensions = node.putObject("extensions");
		extensions.put("mediaType", attachment.mediaType());
		extensions.put("fileSize", attachment.fileSize());
		if (attachment.comment() == null) {
			extensions.putNull("comment");
		}
		else {
			extensions.put("comment", attachment.comment());
		}
		extensions.put("mediaTypeDescription", attachment.mediaType());
		extensions.put("fileId", attachment.fileId());
		ObjectNode links = node.putObject("_links");
		links.put("webui", webui(attachment));
		links.put("download", download(attachment));
		links.put("self", siteWiki + "/rest/api/content/" + attachment.id());
		return node;
	}

	private static String webui(FakeAttachment attachment) {
		return "/pages/viewpageattachments.action?pageId=" + attachment.pageId() + "&preview="
				+ encode("/" + attachment.pageId() + "/" + attachment.id() + "/" + attachment.title());
	}

	private static String download(FakeAttachment attachment) {
		return "/download/attachments/" + attachment.pageId() + "/" + encode(attachment.title()).replace("+", "%20")
				+ "?version=" + attachment.version() + "&modificationDate=" + attachment.createdAt().toEpochMilli()
				+ "&api=v2";
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
