package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /wiki/api/v2/spaces} and {@code GET /wiki/api/v2/spaces/{id}}: cursor paging, filters and
 * sorting as Confluence Cloud does them.
 */
final class V2SpaceEndpoints {

	static final String SPACES_PATH = "/wiki/api/v2/spaces";

	private static final int DEFAULT_LIMIT = 25;

	private static final int MAX_LIMIT = 250;

	private final FakeConfluence fake;

	V2SpaceEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	Response list(RecordedRequest request) {
		QueryParams query = QueryParams.parse(request.rawQuery());
		Integer limit = parseLimit(query.first("limit"));
		if (limit == null) {
			return ErrorResponses.v2BadRequest("'limit' must be an integer between 1 and " + MAX_LIMIT);
		}
		SpaceSort sort = SpaceSort.parse(query.first("sort"));
		if (sort == null) {
			return ErrorResponses.v2BadRequest("Invalid value for 'sort': " + query.first("sort"));
		}
		Set<Long> ids = new LinkedHashSet<>();
		for (String id : query.list("ids")) {
			try {
				ids.add(Long.parseLong(id));
			}
			catch (NumberFormatException ex) {
				return ErrorResponses.v2BadRequest("Provided value {" + id + "} for 'ids' is not the correct type. "
						+ "Expected type is long");
			}
		}
		SpaceCursor cursor = null;
		String cursorText = query.first("cursor");
		if (cursorText != null) {
			cursor = SpaceCursor.decode(cursorText, sort);
			if (cursor == null) {
				return ErrorResponses.v2BadRequest("Invalid cursor");
			}
		}
		Set<String> keys = query.list("keys");
		Set<String> labels = query.list("labels");
		Set<String> types = query.list("type");
		Set<String> statuses = query.list("status");
		Predicate<FakeSpace> filter = space -> (ids.isEmpty() || ids.contains(space.id()))
				&& (keys.isEmpty() || keys.contains(space.key()))
				&& (types.isEmpty() || types.contains(space.type()))
				&& (statuses.isEmpty() || statuses.contains(space.status()))
				&& (labels.isEmpty() || !Collections.disjoint(labels, space.labels()));

		// One extra space tells whether a next page exists without a second query.
		List<FakeSpace> window = select(filter, sort, cursor, limit + 1, ids, keys);
		boolean hasNext = window.size() > limit;
		List<FakeSpace> page = hasNext ? window.subList(0, limit) : window;

		String descriptionFormat = query.first("description-format");
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		page.forEach(space -> results.add(SpaceJson.v2(space, descriptionFormat, null)));
		ObjectNode links = body.putObject("_links");
		if (!hasNext) {
			links.put("base", fake.siteWikiUrl());
			return Response.json(200, body);
		}
		String next = nextLink(query, SpaceCursor.after(page.get(page.size() - 1), sort));
		links.put("next", next);
		links.put("base", fake.siteWikiUrl());
		return Response.json(200, body).withHeader("Link", "<" + next + ">; rel=\"next\"");
	}

	Response get(RecordedRequest request, String idText) {
		long id;
		try {
			id = Long.parseLong(idText);
		}
		catch (NumberFormatException ex) {
			return ErrorResponses.v2BadRequest("Provided value {" + idText + "} for 'id' is not the correct type. "
					+ "Expected type is long");
		}
		Optional<FakeSpace> space = fake.store().byId(id);
		if (space.isEmpty()) {
			return ErrorResponses.v2NotFound();
		}
		String descriptionFormat = QueryParams.parse(request.rawQuery()).first("description-format");
		return Response.json(200, SpaceJson.v2(space.get(), descriptionFormat, fake.siteWikiUrl()));
	}

	private static @Nullable Integer parseLimit(@Nullable String text) {
		if (text == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(text.trim());
			return (limit >= 1 && limit <= MAX_LIMIT) ? limit : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private List<FakeSpace> select(Predicate<FakeSpace> filter, SpaceSort sort, @Nullable SpaceCursor cursor,
			int max, Set<Long> ids, Set<String> keys) {
		SpaceStore store = fake.store();
		if (ids.isEmpty() && keys.isEmpty() && sort.isById()) {
			// The common case (and the one 300,000-space paging hits): resume the id-sorted map at the
			// cursor in O(log n) and stop as soon as the page is full.
			NavigableMap<Long, FakeSpace> view = store.byIdView();
			if (sort.descending()) {
				view = view.descendingMap();
			}
			if (cursor != null) {
				view = view.tailMap(cursor.lastId(), false);
			}
			List<FakeSpace> selected = new ArrayList<>(Math.min(max, 256));
			for (FakeSpace space : view.values()) {
				if (filter.test(space)) {
					selected.add(space);
					if (selected.size() == max) {
						break;
					}
				}
			}
			return selected;
		}
		Stream<FakeSpace> candidates;
		if (!ids.isEmpty()) {
			candidates = ids.stream().map(store::byId).flatMap(Optional::stream);
		}
		else if (!keys.isEmpty()) {
			candidates = keys.stream().map(store::byKey).flatMap(Optional::stream);
		}
		else {
			candidates = store.byIdView().values().stream();
		}
		return candidates.filter(filter)
				.filter(space -> cursor == null || sort.isAfter(space, cursor))
				.sorted(sort.comparator())
				.limit(max)
				.toList();
	}

	/** Site-relative, with /wiki and without the gateway prefix, repeating the caller's other parameters. */
	private static String nextLink(QueryParams query, SpaceCursor cursor) {
		String others = query.rawPairsExcept(Set.of("cursor"));
		return SPACES_PATH + "?" + (others.isEmpty() ? "" : others + "&") + "cursor=" + cursor.encode();
	}
}
