package io.github.springconfluence.test;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v1 offset paging, shared by every v1 listing: {@code start} and {@code limit}, and the
 * page body with {@code start}, {@code limit}, {@code size} and {@code _links}, whose
 * {@code next} and {@code prev} are relative to the {@code /wiki} context (unlike v2's
 * site-relative links).
 */
final class OffsetPager {

	private OffsetPager() {
	}

	/**
	 * Answers a page, or a 400 when {@code start} or {@code limit} is not a number.
	 * @param contextPath the listing's path relative to {@code /wiki}, for example
	 * {@code /rest/api/space}
	 * @param candidates every matching entity, in order
	 * @param maxLimit larger limits are clamped to this, as Confluence does
	 */
	static <T> Response page(FakeConfluence fake, String contextPath, QueryParams query, Stream<T> candidates,
			int defaultLimit, int maxLimit, Function<T, JsonNode> render) {
		int start;
		int limit;
		try {
			start = Math.max(0, parseInt(query.first("start"), 0));
			limit = Math.min(maxLimit, parseInt(query.first("limit"), defaultLimit));
		}
		catch (NumberFormatException ex) {
			return ErrorResponses.v1(400, "start and limit must be integers");
		}
		if (limit < 1) {
			return ErrorResponses.v1(400, "limit must be positive");
		}
		// One extra entity tells whether there is a next page.
		List<T> window = candidates.skip(start).limit(limit + 1L).toList();
		boolean hasNext = window.size() > limit;
		List<T> page = hasNext ? window.subList(0, limit) : window;

		String siteWiki = fake.siteWikiUrl();
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		page.forEach(entity -> results.add(render.apply(entity)));
		body.put("start", start);
		body.put("limit", limit);
		body.put("size", page.size());
		ObjectNode links = body.putObject("_links");
		links.put("base", siteWiki);
		links.put("context", "/wiki");
		String others = query.rawPairsExcept(Set.of("start", "limit"));
		String listPath = contextPath + "?" + (others.isEmpty() ? "" : others + "&");
		if (hasNext) {
			links.put("next", listPath + "limit=" + limit + "&start=" + (start + limit));
		}
		if (start > 0) {
			links.put("prev", listPath + "limit=" + limit + "&start=" + Math.max(0, start - limit));
		}
		links.put("self", siteWiki + contextPath);
		return Response.json(200, body);
	}

	private static int parseInt(@Nullable String text, int defaultValue) {
		return text == null || text.isBlank() ? defaultValue : Integer.parseInt(text.trim());
	}

}
