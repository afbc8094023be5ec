package io.github.springconfluence.test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renders v1 search results as Confluence does: a content result
 * ({@code entityType "content"}) with the v1 content (its space included), or a space
 * result ({@code entityType "space"}); each with its title and excerpt marked where a
 * {@code ~} matched, a {@code url} relative to {@code _links.base}, the space as
 * {@code resultGlobalContainer} (an attachment's page as {@code resultParentContainer}),
 * empty {@code breadcrumbs}, {@code lastModified} in UTC with milliseconds and an English
 * {@code friendlyLastModified}. Titles and excerpts are not HTML-escaped. A page's
 * content carries the expansions asked for ({@link SearchExpansions}).
 */
final class SearchJson {

	private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter FRIENDLY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private SearchJson() {
	}

	static ObjectNode result(SearchEntity entity, List<String> highlights, String siteWiki,
			SearchExpansions expansions) {
		ObjectNode node = Json.object();
		FakeSpace space = entity.space();
		FakePage page = entity.page();
		FakeAttachment attachment = entity.attachment();
		String url;
		if (attachment != null) {
			ObjectNode content = AttachmentJson.v1(attachment, siteWiki);
			content.set("space", space(space, siteWiki));
			node.set("content", content);
			url = content.path("_links").path("webui").stringValue();
		}
		else if (page != null) {
			ObjectNode content = page(page, space, siteWiki);
			expansions.expand(content, entity);
			node.set("content", content);
			url = PageJson.webui(page, space.key());
		}
		else {
			node.set("space", space(space, siteWiki));
			url = spaceUrl(space);
		}
		node.put("title", SearchText.highlight(entity.title(), highlights));
		node.put("excerpt", SearchText.excerpt(entity.plainBody(), highlights));
		node.put("url", url);
		if (page != null) {
			if (attachment != null) {
				container(node.putObject("resultParentContainer"), page.title(), PageJson.webui(page, space.key()));
			}
			container(node.putObject("resultGlobalContainer"), space.name(), spaceUrl(space));
		}
		node.putArray("breadcrumbs");
		node.put("entityType", page != null ? "content" : "space");
		node.put("iconCssClass", "aui-icon content-type-" + entity.type());
		Instant lastModified = entity.lastModified().truncatedTo(ChronoUnit.MILLIS);
		node.put("lastModified", LAST_MODIFIED.format(lastModified));
		node.put("friendlyLastModified", FRIENDLY.format(lastModified));
		node.put("score", 0.0);
		return node;
	}

	/** The v1 content of a page, as a search result carries it. */
	private static ObjectNode page(FakePage page, FakeSpace space, String siteWiki) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("type", "page");
		node.put("status", page.status());
		node.put("title", page.title());
		node.set("space", space(space, siteWiki));
		node.putObject("childTypes");
		node.putObject("macroRenderedOutput");
		node.putObject("restrictions");
		ObjectNode expandable = node.putObject("_expandable");
		expandable.put("container", "/rest/api/space/" + space.key());
		expandable.put("metadata", "");
		expandable.put("extensions", "");
		expandable.put("operations", "");
		expandable.put("children", "/rest/api/content/" + page.id() + "/child");
		expandable.put("history", "/rest/api/content/" + page.id() + "/history");
		expandable.put("ancestors", "");
		expandable.put("body", "");
		expandable.put("version", "");
		expandable.put("descendants", "/rest/api/content/" + page.id() + "/descendant");
		ObjectNode links = node.putObject("_links");
		links.put("webui", PageJson.webui(page, space.key()));
		links.put("self", siteWiki + "/rest/api/content/" + page.id());
		links.put("tinyui", PageJson.tinyui(page.id()));
		return node;
	}

	/** A v1 space, as a search result carries it (in its content, or as the result). */
	private static ObjectNode space(FakeSpace space, String siteWiki) {
		ObjectNode node = Json.object();
		node.put("id", space.id());
		node.put("key", space.key());
		node.put("alias", space.key());
		node.put("name", space.name());
		node.put("type", space.type());
		node.put("status", space.status());
		ObjectNode links = node.putObject("_links");
		links.put("webui", spaceUrl(space));
		links.put("self", siteWiki + "/rest/api/space/" + space.key());
		return node;
	}

	private static void container(ObjectNode node, String title, String displayUrl) {
		node.put("title", title);
		node.put("displayUrl", displayUrl);
	}

	private static String spaceUrl(FakeSpace space) {
		return "/spaces/" + space.key();
	}

}
