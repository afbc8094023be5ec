package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page's tree and history: {@code GET /wiki/api/v2/pages/{id}/direct-children} (in
 * position order), {@code /descendants} (top-down, breadth-first, {@code depth} 1 to 10,
 * default 2), {@code /ancestors} (the top of the space first, no cursor) and
 * {@code /versions} (newest first unless {@code sort=modified-date}). Trashed pages are
 * left out of the tree; a trashed or missing page, or an anonymous caller, gets a 404.
 */
final class V2PageTreeEndpoints {

	private static final int DEFAULT_LIMIT = 25;

	private static final int DEFAULT_DEPTH = 2;

	private static final int MAX_DEPTH = 10;

	private final FakeConfluence fake;

	V2PageTreeEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/direct-children", this::children);
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/descendants", this::descendants);
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/ancestors", this::ancestors);
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/versions", this::versions);
	}

	Response children(ApiCall call) {
		return listing(call, "direct-children", (id, query) -> {
			List<FakePage> children = new ArrayList<>(fake.site().children(id));
			String sort = query.first("sort");
			if (sort != null && !sort.isEmpty()) {
				Comparator<FakePage> order = switch (sort.startsWith("-") ? sort.substring(1) : sort) {
					case "id" -> Comparator.comparingLong(FakePage::id);
					case "title" -> Comparator.comparing(FakePage::title);
					case "created-date" -> Comparator.comparing(FakePage::createdAt);
					case "modified-date" -> Comparator.comparing(FakePage::versionCreatedAt);
					case "child-position" -> Comparator.comparingInt(FakePage::position);
					default -> null;
				};
				if (order == null) {
					throw new ContentRejection(400, "Invalid value for 'sort': " + sort);
				}
				children.sort(sort.startsWith("-") ? order.reversed() : order);
			}
			return CursorPager.offsetPage(fake, path(id, "direct-children"), query, children, limit(query),
					PageJson::child);
		});
	}

	Response descendants(ApiCall call) {
		return listing(call, "descendants", (id, query) -> {
			int depth = DEFAULT_DEPTH;
			String text = query.first("depth");
			if (text != null) {
				try {
					depth = Integer.parseInt(text.trim());
				}
				catch (NumberFormatException ex) {
					depth = -1;
				}
				if (depth < 1 || depth > MAX_DEPTH) {
					throw new ContentRejection(400, "'depth' must be an integer between 1 and " + MAX_DEPTH);
				}
			}
			return CursorPager.offsetPage(fake, path(id, "descendants"), query, fake.site().descendants(id, depth),
					limit(query), PageJson::descendant);
		});
	}

	Response ancestors(ApiCall call) {
		return listing(call, "ancestors", (id, query) -> {
			List<FakePage> ancestors = fake.site().ancestors(id);
			int limit = limit(query);
			// Confluence keeps the ancestors nearest the page when it cuts the list.
			List<FakePage> kept = ancestors.subList(Math.max(0, ancestors.size() - limit), ancestors.size());
			ObjectNode body = Json.object();
			ArrayNode results = body.putArray("results");
			kept.forEach(page -> results.add(PageJson.ancestor(page)));
			return Response.json(200, body);
		});
	}

	Response versions(ApiCall call) {
		return listing(call, "versions", (id, query) -> {
			List<FakePage> versions = new ArrayList<>(fake.site().versions(id));
			String sort = query.first("sort");
			if (sort != null && !sort.equals("modified-date") && !sort.equals("-modified-date")) {
				throw new ContentRejection(400, "Invalid value for 'sort': " + sort);
			}
			if (!"modified-date".equals(sort)) {
				versions.sort(Comparator.comparingInt(FakePage::version).reversed());
			}
			return CursorPager.offsetPage(fake, path(id, "versions"), query, versions, limit(query),
					PageJson::versionEntry);
		});
	}

	/** What a listing computes for a page that exists. */
	@FunctionalInterface
	private interface Listing {

		Response answer(long id, QueryParams query);

	}

	private Response listing(ApiCall call, String name, Listing listing) {
		return V2Ids.withId(call, "id", (id) -> {
			QueryParams query = call.query();
			if (CursorPager.limit(query, DEFAULT_LIMIT) == null) {
				return CursorPager.badLimit();
			}
			try {
				return listing.answer(id, query);
			}
			catch (ContentRejection ex) {
				return ex.v2();
			}
		});
	}

	private static int limit(QueryParams query) {
		Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
		return limit == null ? DEFAULT_LIMIT : limit;
	}

	private static String path(long id, String listing) {
		return V2PageEndpoints.PAGES_PATH + "/" + id + "/" + listing;
	}

}
