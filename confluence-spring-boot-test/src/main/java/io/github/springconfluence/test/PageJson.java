package io.github.springconfluence.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders pages, their tree entries, versions, labels and properties the way the v2 API
 * does (string ids, ISO instants), and the few v1 shapes the page writes answer.
 *
 * <p>
 * Bodies are never converted: a requested format equal to the stored representation is
 * returned as stored; {@code view}, {@code export_view}, {@code anonymous_export_view}
 * and {@code styled_view} of a storage body return the storage value unchanged under the
 * requested key; anything else gives {@code "body":{}}.
 */
final class PageJson {

	private static final Set<String> RENDERED_FORMATS = Set.of("view", "export_view", "anonymous_export_view",
			"styled_view");

	private PageJson() {
	}

	/**
	 * A v2 page.
	 * @param bodyFormat the requested {@code body-format}, or null for {@code "body":{}}
	 * @param base the {@code _links.base} to add (single reads and writes do, list
	 * results do not), or null
	 */
	static ObjectNode v2(FakePage page, String spaceKey, @Nullable String bodyFormat, @Nullable String base) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("status", page.status());
		node.put("title", page.title());
		node.put("spaceId", Long.toString(page.spaceId()));
		if (page.parentId() == null) {
			node.putNull("parentId");
			node.putNull("parentType");
		}
		else {
			node.put("parentId", Long.toString(page.parentId()));
			node.put("parentType", "page");
		}
		node.put("position", page.position());
		node.put("authorId", page.authorId());
		node.put("ownerId", page.ownerId());
		node.put("lastOwnerId", page.ownerId());
		node.put("createdAt", page.createdAt().toString());
		node.set("version", version(page));
		node.set("body", body(page, bodyFormat));
		ObjectNode links = node.putObject("_links");
		links.put("editui", "/pages/resumedraft.action?draftId=" + page.id());
		links.put("webui", webui(page, spaceKey));
		links.put("edituiv2", "/spaces/" + spaceKey + "/pages/edit-v2/" + page.id());
		links.put("tinyui", tinyui(page.id()));
		if (base != null) {
			links.put("base", base);
		}
		return node;
	}

	/** A page's version object, as in a page and in the version list. */
	static ObjectNode version(FakePage page) {
		ObjectNode version = Json.object();
		version.put("createdAt", page.versionCreatedAt().toString());
		version.put("message", page.versionMessage());
		version.put("number", page.version());
		version.put("minorEdit", page.minorEdit());
		version.put("authorId", page.versionAuthorId());
		return version;
	}

	/** An entry of {@code /pages/{id}/versions}. */
	static ObjectNode versionEntry(FakePage page) {
		ObjectNode version = version(page);
		ObjectNode of = version.putObject("page");
		of.put("id", Long.toString(page.id()));
		of.put("title", page.title());
		return version;
	}

	/**
	 * The body in the requested format, without any conversion (see the class comment).
	 */
	static ObjectNode body(FakePage page, @Nullable String format) {
		ObjectNode body = Json.object();
		if (format == null) {
			return body;
		}
		boolean same = format.equals(page.representation());
		boolean rendered = RENDERED_FORMATS.contains(format) && page.representation().equals("storage");
		if (same || rendered) {
			ObjectNode value = body.putObject(format);
			value.put("representation", format);
			value.put("value", page.body());
		}
		return body;
	}

	/** An entry of {@code /pages/{id}/direct-children}. */
	static ObjectNode child(FakePage page) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("status", page.status());
		node.put("title", page.title());
		node.put("type", "page");
		node.put("spaceId", Long.toString(page.spaceId()));
		node.put("childPosition", page.position());
		return node;
	}

	/** An entry of {@code /pages/{id}/descendants}. */
	static ObjectNode descendant(SiteModel.Descendant descendant) {
		FakePage page = descendant.page();
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("status", page.status());
		node.put("title", page.title());
		node.put("type", "page");
		node.put("parentId", page.parentId() == null ? null : Long.toString(page.parentId()));
		node.put("depth", descendant.depth());
		node.put("childPosition", page.position());
		return node;
	}

	/** An entry of {@code /pages/{id}/ancestors}. */
	static ObjectNode ancestor(FakePage page) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("type", "page");
		return node;
	}

	/** A v2 label. */
	static ObjectNode label(SiteModel.Label label) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(label.id()));
		node.put("name", label.name());
		node.put("prefix", "global");
		return node;
	}

	/** A v1 label, as the label write answers it. */
	static ObjectNode v1Label(SiteModel.Label label) {
		ObjectNode node = Json.object();
		node.put("prefix", "global");
		node.put("name", label.name());
		node.put("id", Long.toString(label.id()));
		node.put("label", label.name());
		return node;
	}

	/** A v2 content property; its value is the stored JSON. */
	static ObjectNode property(PageProperty property) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(property.id()));
		node.put("key", property.key());
		node.set("value", Json.read(property.valueJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		ObjectNode version = node.putObject("version");
		version.put("createdAt", property.createdAt().toString());
		version.put("message", property.message());
		version.put("number", property.version());
		version.put("minorEdit", false);
		version.put("authorId", property.authorId());
		return node;
	}

	/** A v1 version object, as the restore answers it. */
	static ObjectNode v1Version(FakePage page, String displayName, String siteWiki) {
		ObjectNode node = Json.object();
		ObjectNode by = node.putObject("by");
		by.put("type", "known");
		by.put("accountId", page.versionAuthorId());
		by.put("accountType", "atlassian");
		by.put("displayName", displayName);
		node.put("when", page.versionCreatedAt().toString());
		node.put("message", page.versionMessage());
		node.put("number", page.version());
		node.put("minorEdit", page.minorEdit());
		ObjectNode links = node.putObject("_links");
		links.put("self", siteWiki + "/rest/api/content/" + page.id() + "/version/" + page.version());
		return node;
	}

	/** {@code /spaces/KEY/pages/ID/Title+With+Plus}, as Confluence links pages. */
	static String webui(FakePage page, String spaceKey) {
		return "/spaces/" + spaceKey + "/pages/" + page.id() + "/" + AttachmentJson.encode(page.title());
	}

	/**
	 * Confluence's tiny link: the id's little-endian bytes in base64, trailing zeros cut.
	 */
	static String tinyui(long id) {
		byte[] bytes = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(id).array();
		int length = bytes.length;
		while (length > 1 && bytes[length - 1] == 0) {
			length--;
		}
		byte[] significant = new byte[length];
		System.arraycopy(bytes, 0, significant, 0, length);
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(significant);
		return "/x/" + encoded;
	}

}
