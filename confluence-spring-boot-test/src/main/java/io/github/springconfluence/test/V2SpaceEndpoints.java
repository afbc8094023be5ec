package io.github.springconfluence.test;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /wiki/api/v2/spaces} and {@code GET /wiki/api/v2/spaces/{id}}: cursor
 * paging, filters and sorting as Confluence Cloud does them.
 */
final class V2SpaceEndpoints {

	static final String SPACES_PATH = "/wiki/api/v2/spaces";

	private static final int DEFAULT_LIMIT = 25;

	private final FakeConfluence fake;

	V2SpaceEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", SPACES_PATH, this::list);
		routes.add("GET", SPACES_PATH + "/{id}", this::get);
	}

	Response list(ApiCall call) {
		QueryParams query = call.query();
		Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
		if (limit == null) {
			return CursorPager.badLimit();
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
				return ErrorResponses.v2BadRequest(
						"Provided value {" + id + "} for 'ids' is not the correct type. " + "Expected type is long");
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
				&& (keys.isEmpty() || keys.contains(space.key())) && (types.isEmpty() || types.contains(space.type()))
				&& (statuses.isEmpty() || statuses.contains(space.status()))
				&& (labels.isEmpty() || !Collections.disjoint(labels, space.labels()));

		List<FakeSpace> window = select(filter, sort, cursor, limit + 1, ids, keys);
		String descriptionFormat = query.first("description-format");
		return CursorPager.page(fake, SPACES_PATH, query, window, limit,
				space -> SpaceCursor.after(space, sort).position(),
				space -> SpaceJson.v2(space, descriptionFormat, null));
	}

	Response get(ApiCall call) {
		String idText = call.variable("id");
		long id;
		try {
			id = Long.parseLong(idText);
		}
		catch (NumberFormatException ex) {
			return ErrorResponses.v2BadRequest(
					"Provided value {" + idText + "} for 'id' is not the correct type. " + "Expected type is long");
		}
		Optional<FakeSpace> space = fake.store().byId(id);
		if (space.isEmpty()) {
			return ErrorResponses.v2NotFound();
		}
		String descriptionFormat = call.query().first("description-format");
		return Response.json(200, SpaceJson.v2(space.get(), descriptionFormat, fake.siteWikiUrl()));
	}

	private List<FakeSpace> select(Predicate<FakeSpace> filter, SpaceSort sort, @Nullable SpaceCursor cursor, int max,
			Set<Long> ids, Set<String> keys) {
		SpaceStore store = fake.store();
		if (ids.isEmpty() && keys.isEmpty() && sort.isById()) {
			// The common case (and the one 300,000-space paging hits): resume the
			// id-sorted table at the
			// cursor in O(log n) and stop as soon as the page is full.
			NavigableMap<Long, FakeSpace> view = store.byIdView();
			return CursorPager.window(sort.descending() ? view.descendingMap() : view,
					cursor == null ? null : cursor.lastId(), filter, max);
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

}
