package io.github.springconfluence.test;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders spaces the way the v1 and v2 APIs do: a string id in v2, a number in v1, and
 * each API's own way of expanding the description.
 */
final class SpaceJson {

	private SpaceJson() {
	}

	/**
	 * A v2 space.
	 * @param descriptionFormat {@code plain} or {@code view} to include the description,
	 * else null
	 * @param base the {@code _links.base} to add (get-by-id does, list results do not),
	 * or null
	 */
	static ObjectNode v2(FakeSpace space, @Nullable String descriptionFormat, @Nullable String base) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(space.id()));
		node.put("key", space.key());
		node.put("name", space.name());
		node.put("type", space.type());
		node.put("status", space.status());
		node.put("authorId", space.authorId());
		node.put("createdAt", space.createdAt().toString());
		node.put("homepageId", Long.toString(space.homepageId()));
		if ("plain".equals(descriptionFormat) || "view".equals(descriptionFormat)) {
			node.set("description", description(space, descriptionFormat));
		}
		else {
			node.putNull("description");
		}
		node.putNull("icon");
		node.put("spaceOwnerId", space.authorId());
		node.put("currentActiveAlias", space.key());
		ObjectNode links = node.putObject("_links");
		links.put("webui", "/spaces/" + space.key());
		if (base != null) {
			links.put("base", base);
		}
		return node;
	}

	/**
	 * A v1 space.
	 * @param expand the requested expansions, e.g. {@code description.plain} and
	 * {@code homepage}
	 * @param siteWiki the site's wiki URL ({@code baseUrl() + "/wiki"}) for
	 * {@code _links.self}
	 */
	static ObjectNode v1(FakeSpace space, Set<String> expand, String siteWiki) {
		String key = space.key();
		ObjectNode node = Json.object();
		node.put("id", space.id());
		node.put("key", key);
		node.put("alias", key);
		node.put("name", space.name());
		node.put("type", space.type());
		node.put("status", space.status());
		ObjectNode expandable = Json.object();
		expandable.put("settings", "/rest/api/space/" + key + "/settings");
		expandable.put("metadata", "");
		expandable.put("operations", "");
		expandable.put("lookAndFeel", "/rest/api/settings/lookandfeel?spaceKey=" + key);
		expandable.put("identifiers", "");
		expandable.put("permissions", "");
		expandable.put("icon", "");
		expandable.put("theme", "/rest/api/space/" + key + "/theme");
		expandable.put("history", "");
		if (expand.contains("description.plain") || expand.contains("description.view")) {
			node.set("description", description(space, expand.contains("description.plain") ? "plain" : "view"));
		}
		else {
			expandable.put("description", "");
		}
		if (expand.contains("homepage")) {
			ObjectNode homepage = node.putObject("homepage");
			homepage.put("id", Long.toString(space.homepageId()));
			homepage.put("type", "page");
			homepage.put("status", "current");
			homepage.put("title", space.name() + " Home");
		}
		else {
			expandable.put("homepage", "/rest/api/content/" + space.homepageId());
		}
		node.set("_expandable", expandable);
		ObjectNode links = node.putObject("_links");
		links.put("webui", "/spaces/" + key);
		links.put("self", siteWiki + "/rest/api/space/" + key);
		return node;
	}

	private static ObjectNode description(FakeSpace space, String format) {
		String text = space.description() == null ? "" : space.description();
		String value = "view".equals(format) && !text.isEmpty() ? "<p>" + escapeHtml(text) + "</p>" : text;
		ObjectNode description = Json.object();
		ObjectNode content = description.putObject(format);
		content.put("value", value);
		content.put("representation", format);
		return description;
	}

	private static String escapeHtml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
