package io.github.springconfluence.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /wiki/rest/api/search}: CQL evaluated over the fake's content (see
 * {@link CqlQuery}, {@link CqlField}, {@link SearchEntity}, {@link SearchText}), answered
 * as Confluence's v1 search answers (see {@link SearchJson}).
 *
 * <p>
 * Paging is by cursor only, as on Confluence Cloud: {@code start} is accepted (the
 * description lists it) and ignored, so a client that pages by {@code start} gets the
 * first page again. {@code limit} defaults to 25 and is clamped to 250, the largest page
 * Confluence Cloud's listings give; {@code limit=0} answers no results (with
 * {@code totalSize}) and no next link. {@code _links.next} is relative to the
 * {@code /wiki} context, like every v1 link:
 * {@code /rest/api/search?next=true&cursor=<opaque>&limit=<limit>&cql=<cql, percent-encoded>};
 * it is absent on the last page, and {@code _links.prev} is present on any other than the
 * first. The cursor holds the position of the page's first result among all results, so
 * content added or removed between two requests may shift the pages.
 *
 * <p>
 * {@code includeArchivedSpaces=true} adds the content of archived spaces (left out by
 * default), {@code excludeCurrentSpaces=true} leaves out that of current spaces.
 * {@code excerpt} and {@code cqlcontext} are accepted and ignored. {@code expand}
 * (comma-separated, or repeated) fills in a page result's content as Confluence v1 does
 * (see {@link SearchExpansions}): {@code content.ancestors},
 * {@code content.metadata.labels}, {@code content.space} (always present here, as on
 * Confluence) and {@code content.version}; other expansions are accepted and ignored. The
 * next and previous links carry the {@code expand} parameter on, as Confluence's do.
 *
 * <p>
 * A blank or missing {@code cql} answers 400 "CQL query parameter is required but was
 * empty", the message Confluence has been reported to answer; with request validation on,
 * the validator refuses such a request first (the description requires {@code cql}). CQL
 * the fake cannot read answers 400 {@code Could not parse cql : <the cql>} in the v1
 * envelope, as Confluence does.
 */
final class V1SearchEndpoint {

	static final String SEARCH_PATH = "/wiki/rest/api/search";

	static final int DEFAULT_LIMIT = 25;

	static final int MAX_LIMIT = 250;

	private static final Logger LOGGER = Logger.getLogger(FakeConfluence.class.getName());

	private static final String CURSOR_PREFIX = "search:";

	private final FakeConfluence fake;

	V1SearchEndpoint(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", SEARCH_PATH, this::search);
	}

	Response search(ApiCall call) {
		long started = System.nanoTime();
		QueryParams query = call.query();
		String cql = query.first("cql");
		if (cql == null || cql.isBlank()) {
			return ErrorResponses.v1(400, "CQL query parameter is required but was empty");
		}
		CqlQuery parsed;
		try {
			parsed = CqlQuery.parse(cql);
		}
		catch (CqlParseException ex) {
			LOGGER.log(Level.FINE, () -> "FakeConfluence could not parse cql " + cql + ": " + ex.getMessage());
			return ErrorResponses.v1(400, "Could not parse cql : " + cql);
		}
		Integer limit = limit(query.first("limit"));
		if (limit == null) {
			return ErrorResponses.v1(400, "limit must be a non-negative integer");
		}
		Integer offset = offset(query.first("cursor"));
		if (offset == null) {
			return ErrorResponses.v1(400, "Invalid cursor: " + query.first("cursor"));
		}
		List<SearchEntity> matches = candidates(parsed, spaceFilter(query)).stream()
			.filter(parsed::matches)
			.sorted(parsed.order())
			.toList();
		int from = Math.min(offset, matches.size());
		int to = Math.min(matches.size(), from + limit);
		List<SearchEntity> page = matches.subList(from, to);

		String siteWiki = fake.siteWikiUrl();
		SearchExpansions expansions = SearchExpansions.of(query.list("expand"), fake);
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		page.forEach(entity -> results.add(SearchJson.result(entity, parsed.highlights(), siteWiki, expansions)));
		body.put("start", from);
		body.put("limit", limit);
		body.put("size", page.size());
		body.put("totalSize", matches.size());
		body.put("cqlQuery", cql);
		body.put("searchDuration", (int) ((System.nanoTime() - started) / 1_000_000));
		ObjectNode links = body.putObject("_links");
		links.put("base", siteWiki);
		links.put("context", "/wiki");
		if (limit > 0 && to < matches.size()) {
			links.put("next", link("next", to, limit, cql, expansions.parameter()));
		}
		if (limit > 0 && from > 0) {
			links.put("prev", link("prev", Math.max(0, from - limit), limit, cql, expansions.parameter()));
		}
		links.put("self", siteWiki + "/rest/api/search?cql=" + encode(cql));
		return Response.json(200, body);
	}

	/** Pages, their attachments, and the spaces when the query asks for them. */
	private List<SearchEntity> candidates(CqlQuery query, Predicate<FakeSpace> spaceFilter) {
		List<SearchEntity> candidates = new ArrayList<>();
		for (SiteModel.SearchablePage searchable : fake.site().searchablePages()) {
			FakePage page = searchable.page();
			FakeSpace space = fake.store().byId(page.spaceId()).orElse(null);
			if (space == null || !spaceFilter.test(space)) {
				continue;
			}
			candidates.add(SearchEntity.page(page, space, searchable.labels(), searchable.ancestorIds()));
			for (FakeAttachment attachment : searchable.attachments()) {
				candidates.add(SearchEntity.attachment(attachment, page, space, searchable.ancestorIds()));
			}
		}
		if (query.searchesSpaces()) {
			fake.store()
				.byIdView()
				.values()
				.stream()
				.filter(spaceFilter)
				.map(SearchEntity::space)
				.forEach(candidates::add);
		}
		return candidates;
	}

	private static Predicate<FakeSpace> spaceFilter(QueryParams query) {
		boolean archived = "true".equalsIgnoreCase(query.first("includeArchivedSpaces"));
		boolean current = !"true".equalsIgnoreCase(query.first("excludeCurrentSpaces"));
		return space -> space.status().equals("archived") ? archived : current;
	}

	/** The limit, clamped; null when it is not a non-negative integer. */
	private static @Nullable Integer limit(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(text.strip());
			return limit < 0 ? null : Math.min(limit, MAX_LIMIT);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The position a cursor holds, 0 without one; null when it is not one of ours. */
	private static @Nullable Integer offset(@Nullable String cursor) {
		if (cursor == null) {
			return 0;
		}
		String position = CursorPager.decode(cursor);
		if (position == null || !position.startsWith(CURSOR_PREFIX)) {
			return null;
		}
		try {
			int offset = Integer.parseInt(position.substring(CURSOR_PREFIX.length()));
			return offset < 0 ? null : offset;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String link(String direction, int offset, int limit, String cql, @Nullable String expand) {
		return "/rest/api/search?" + direction + "=true&cursor=" + CursorPager.encode(CURSOR_PREFIX + offset)
				+ (expand != null ? "&expand=" + encode(expand) : "") + "&limit=" + limit + "&cql=" + encode(cql);
	}

	/**
	 * Percent-encodes a query value, spaces as {@code %20}: a {@code +} is a space only
	 * in forms.
	 */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
