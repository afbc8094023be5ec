package io.github.springconfluence.test;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code expand} values of a v1 search that the fake fills in on a page result's
 * {@code content}, as Confluence v1 renders them:
 * <ul>
 * <li>{@code content.ancestors}: {@code ancestors}, the pages above it, the top first,
 * each {@code {id, type, status, title}};</li>
 * <li>{@code content.metadata.labels}: {@code metadata.labels}, a label array
 * {@code {results: [{prefix, name, id, label}], start, limit, size}};</li>
 * <li>{@code content.space}: the space, {@code {id, key, name, ...}}, which search
 * results carry anyway;</li>
 * <li>{@code content.version}: {@code version}, {@code {by: {type, accountId,
 * accountType}, when, message, number, minorEdit}}.</li>
 * </ul>
 * An expanded field leaves {@code _expandable}, as on Confluence. Other values are
 * accepted and ignored; attachment and space results are not expanded.
 *
 * @param names the expansions asked for
 * @param fake the fake whose pages and labels are read
 */
record SearchExpansions(Set<String> names, FakeConfluence fake) {

	static final String ANCESTORS = "content.ancestors";

	static final String LABELS = "content.metadata.labels";

	static final String SPACE = "content.space";

	static final String VERSION = "content.version";

	static SearchExpansions of(Set<String> names, FakeConfluence fake) {
		return new SearchExpansions(Set.copyOf(names), fake);
	}

	/** The {@code expand} parameter to carry on in paging links, or null. */
	@Nullable String parameter() {
		return names.isEmpty() ? null : String.join(",", names.stream().sorted().toList());
	}

	/** Adds the expansions asked for to a page's v1 content. */
	void expand(ObjectNode content, SearchEntity entity) {
		FakePage page = entity.page();
		if (page == null || names.isEmpty()) {
			return;
		}
		ObjectNode expandable = (ObjectNode) content.get("_expandable");
		if (names.contains(ANCESTORS)) {
			ArrayNode ancestors = content.putArray("ancestors");
			for (Long id : entity.ancestorIds()) {
				fake.site().page(id).ifPresent(ancestor -> ancestors.add(ancestor(ancestor)));
			}
			expandable.remove("ancestors");
		}
		if (names.contains(LABELS)) {
			ObjectNode labels = content.putObject("metadata").putObject("labels");
			ArrayNode results = labels.putArray("results");
			List<SiteModel.Label> pageLabels = labels(page.id());
			pageLabels.forEach(label -> results.add(PageJson.v1Label(label)));
			labels.put("start", 0);
			labels.put("limit", 200);
			labels.put("size", pageLabels.size());
			expandable.remove("metadata");
		}
		if (names.contains(VERSION)) {
			ObjectNode version = content.putObject("version");
			ObjectNode by = version.putObject("by");
			by.put("type", "known");
			by.put("accountId", page.versionAuthorId());
			by.put("accountType", "atlassian");
			version.put("when", page.versionCreatedAt().toString());
			version.put("message", page.versionMessage());
			version.put("number", page.version());
			version.put("minorEdit", page.minorEdit());
			expandable.remove("version");
		}
		// content.space: every search result's content carries its space already.
	}

	private List<SiteModel.Label> labels(long pageId) {
		try {
			return fake.site().labels(pageId);
		}
		catch (ContentRejection ex) {
			return List.of(); // deleted since the search matched it
		}
	}

	private static ObjectNode ancestor(FakePage page) {
		ObjectNode node = Json.object();
		node.put("id", Long.toString(page.id()));
		node.put("type", "page");
		node.put("status", page.status());
		node.put("title", page.title());
		return node;
	}

}
