package io.github.springconfluence.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v2 cursor paging, shared by every v2 listing: the {@code limit} parameter (1 to 250),
 * the opaque cursor, and the page body with {@code _links.next} and the {@code Link}
 * header.
 *
 * <p>
 * The next link is site-relative and already contains {@code /wiki} (joining it to
 * {@code _links.base} gives {@code /wiki/wiki}), and, as Atlassian's gateway does, it
 * drops the gateway path prefix: clients must resolve it against their base URL. It
 * repeats the caller's other parameters exactly as they were encoded.
 */
final class CursorPager {

	static final int MAX_LIMIT = 250;

	private CursorPager() {
	}

	/**
	 * The {@code limit} parameter, or {@code defaultLimit} when absent; null when it is
	 * not an integer in 1..250. Confluence's description allows exactly that range, so
	 * anything else is a 400 (the request validator says so too; this keeps the answer
	 * when validation is off).
	 */
	static @Nullable Integer limit(QueryParams query, int defaultLimit) {
		String text = query.first("limit");
		if (text == null) {
			return defaultLimit;
		}
		try {
			int limit = Integer.parseInt(text.trim());
			return (limit >= 1 && limit <= MAX_LIMIT) ? limit : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Response badLimit() {
		return ErrorResponses.v2BadRequest("'limit' must be an integer between 1 and " + MAX_LIMIT);
	}

	/** Makes a position opaque, as Confluence's cursors are. */
	static String encode(String position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	/** The position in a cursor, or null when it is not one of ours. */
	static @Nullable String decode(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Collects up to {@code max} entities after {@code afterId} in id order: the common
	 * keyset case, O(log n) to resume however large the store.
	 */
	static <T> List<T> window(NavigableMap<Long, T> byId, @Nullable Long afterId, Predicate<T> filter, int max) {
		NavigableMap<Long, T> view = afterId == null ? byId : byId.tailMap(afterId, false);
		List<T> selected = new ArrayList<>(Math.min(max, 256));
		for (T entity : view.values()) {
			if (filter.test(entity)) {
				selected.add(entity);
				if (selected.size() == max) {
					break;
				}
			}
		}
		return selected;
	}

	/**
	 * Answers a page.
	 * @param window up to {@code limit + 1} entities: one more than the page tells that a
	 * next page exists
	 * @param listPath the listing's path with {@code /wiki}, without the gateway prefix
	 * @param positionOf the cursor position after an entity
	 */
	static <T> Response page(FakeConfluence fake, String listPath, QueryParams query, List<T> window, int limit,
			Function<T, String> positionOf, Function<T, JsonNode> render) {
		boolean hasNext = window.size() > limit;
		List<T> page = hasNext ? window.subList(0, limit) : window;
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		page.forEach(entity -> results.add(render.apply(entity)));
		ObjectNode links = body.putObject("_links");
		if (!hasNext) {
			links.put("base", fake.siteWikiUrl());
			return Response.json(200, body);
		}
		String others = query.rawPairsExcept(Set.of("cursor"));
		String next = listPath + "?" + (others.isEmpty() ? "" : others + "&") + "cursor="
				+ encode(positionOf.apply(page.get(page.size() - 1)));
		links.put("next", next);
		links.put("base", fake.siteWikiUrl());
		return Response.json(200, body).withHeader("Link", "<" + next + ">; rel=\"next\"");
	}

	/**
	 * Answers a page of a short, fully computed list (a page's children, descendants,
	 * versions, labels, properties): the cursor remembers how many entries came before.
	 * Answers 400 for a cursor that is not one of these.
	 */
	static <T> Response offsetPage(FakeConfluence fake, String listPath, QueryParams query, List<T> all, int limit,
			Function<T, JsonNode> render) {
		int offset = 0;
		String cursor = query.first("cursor");
		if (cursor != null) {
			String position = decode(cursor);
			try {
				offset = position == null || !position.startsWith("offset:") ? -1
						: Integer.parseInt(position.substring("offset:".length()));
			}
			catch (NumberFormatException ex) {
				offset = -1;
			}
			if (offset < 0) {
				return ErrorResponses.v2BadRequest("Invalid cursor");
			}
		}
		int from = Math.min(offset, all.size());
		List<Integer> window = new ArrayList<>();
		for (int index = from; index < Math.min(all.size(), from + limit + 1); index++) {
			window.add(index);
		}
		return page(fake, listPath, query, window, limit, index -> "offset:" + (index + 1),
				index -> render.apply(all.get(index)));
	}

}
