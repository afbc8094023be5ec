package io.github.springconfluence.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The v2 page CRUD endpoints: {@code GET /wiki/api/v2/pages} (filters, sort, cursor
 * paging), {@code GET /pages/{id}} (the body only when {@code body-format} is given; an
 * earlier version with {@code version=N}), {@code POST /pages} (200, below the space's
 * home page by default; 413 over 5 MB), {@code PUT /pages/{id}} (version + 1, else 409)
 * and {@code DELETE /pages/{id}} (to the trash, or gone with {@code purge=true} once
 * trashed). Anonymous callers see no page: 404.
 */
final class V2PageEndpoints {

	static final String PAGES_PATH = "/wiki/api/v2/pages";

	private static final int DEFAULT_LIMIT = 25;

	private static final int MAX_IDS = 250;

	private static final int MAX_SPACE_IDS = 100;

	private static final Set<String> LIST_BODY_FORMATS = Set.of("storage", "atlas_doc_format");

	private static final Set<String> GET_BODY_FORMATS = Set.of("storage", "atlas_doc_format", "view", "export_view",
			"anonymous_export_view", "styled_view", "editor");

	private static final Set<String> DEFAULT_STATUSES = Set.of("current", "archived");

	// Confluence refuses page bodies over 5 MB with a 413.
	private static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;

	private final FakeConfluence fake;

	V2PageEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", PAGES_PATH, this::list);
		routes.add("POST", PAGES_PATH, this::create);
		routes.add("GET", PAGES_PATH + "/{id}", this::get);
		routes.add("PUT", PAGES_PATH + "/{id}", this::update);
		routes.add("DELETE", PAGES_PATH + "/{id}", this::delete);
	}

	Response get(ApiCall call) {
		return V2Ids.withId(call, "id", (id) -> {
			QueryParams query = call.query();
			String bodyFormat = query.first("body-format");
			if (bodyFormat != null && !GET_BODY_FORMATS.contains(bodyFormat)) {
				return ErrorResponses.v2BadRequest("Invalid value for 'body-format': " + bodyFormat);
			}
			Set<String> statuses = query.list("status");
			boolean draftsToo = "true".equalsIgnoreCase(query.first("get-draft"));
			Optional<FakePage> page = fake.site()
				.page(id)
				.filter(p -> statuses.isEmpty()
						? DEFAULT_STATUSES.contains(p.status()) || (draftsToo && p.status().equals("draft"))
						: statuses.contains(p.status()));
			String versionText = query.first("version");
			if (page.isPresent() && versionText != null) {
				int parsed;
				try {
					parsed = Integer.parseInt(versionText.trim());
				}
				catch (NumberFormatException ex) {
					return ErrorResponses.v2BadRequest("'version' must be a version number");
				}
				int number = parsed;
				page = fake.pageVersions(id).stream().filter(v -> v.version() == number).findFirst();
			}
			return page.map(p -> Response.json(200, render(p, bodyFormat, fake.siteWikiUrl())))
				.orElseGet(ErrorResponses::v2NotFound);
		});
	}

	Response list(ApiCall call) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		QueryParams query = call.query();
		Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
		if (limit == null) {
			return CursorPager.badLimit();
		}
		PageSort sort = PageSort.parse(query.first("sort"));
		if (sort == null) {
			return ErrorResponses.v2BadRequest("Invalid value for 'sort': " + query.first("sort"));
		}
		String bodyFormat = query.first("body-format");
		if (bodyFormat != null && !LIST_BODY_FORMATS.contains(bodyFormat)) {
			return ErrorResponses.v2BadRequest("Invalid value for 'body-format': " + bodyFormat
					+ ". Only storage and atlas_doc_format are supported when listing pages");
		}
		Set<Long> ids = longs(query, "id");
		Set<Long> spaceIds = longs(query, "space-id");
		if (ids == null || spaceIds == null) {
			return ErrorResponses.v2BadRequest("'id' and 'space-id' must be lists of numbers");
		}
		if (ids.size() > MAX_IDS) {
			return ErrorResponses.v2BadRequest("At most " + MAX_IDS + " values are allowed for 'id'");
		}
		if (spaceIds.size() > MAX_SPACE_IDS) {
			return ErrorResponses.v2BadRequest("At most " + MAX_SPACE_IDS + " values are allowed for 'space-id'");
		}
		String cursor = query.first("cursor");
		String position = cursor == null ? null : CursorPager.decode(cursor);
		if (cursor != null && (position == null || sort.isAfter(dummy(), position) == null)) {
			return ErrorResponses.v2BadRequest("Invalid cursor");
		}
		Set<String> requested = query.list("status");
		Set<String> statuses = requested.isEmpty() ? DEFAULT_STATUSES : requested;
		String title = query.first("title");
		List<FakePage> window = fake.site()
			.candidates(ids, spaceIds)
			.stream()
			.filter(page -> spaceIds.isEmpty() || spaceIds.contains(page.spaceId()))
			.filter(page -> statuses.contains(page.status()))
			.filter(page -> title == null || title.equals(page.title()))
			.filter(page -> position == null || Boolean.TRUE.equals(sort.isAfter(page, position)))
			.sorted(sort.comparator())
			.limit(limit + 1L)
			.toList();
		return CursorPager.page(fake, PAGES_PATH, query, window, limit, sort::positionAfter,
				page -> render(page, bodyFormat, null));
	}

	Response create(ApiCall call) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		if (call.request().body().length > MAX_REQUEST_BYTES) {
			return tooLarge();
		}
		JsonNode body = Json.readObject(call.request().body());
		if (body == null) {
			return ErrorResponses.v2BadRequest("The request body must be a JSON object");
		}
		Long spaceId = V2Ids.parse(String.valueOf(Json.text(body.path("spaceId"))));
		if (spaceId == null) {
			return ErrorResponses.v2BadRequest("'spaceId' is required and must be the id of a space");
		}
		String status = body.has("status") ? Json.text(body.path("status")) : "current";
		if (!"current".equals(status) && !"draft".equals(status)) {
			return ErrorResponses.v2BadRequest("'status' must be current or draft");
		}
		Long parentId = null;
		if (body.hasNonNull("parentId")) {
			parentId = V2Ids.parse(String.valueOf(Json.text(body.path("parentId"))));
			if (parentId == null) {
				return ErrorResponses.v2BadRequest("'parentId' must be the id of a page");
			}
		}
		PageBodyWrite written = new PageBodyWrite("storage", "");
		if (body.has("body")) {
			written = PageBodyWrite.read(body.path("body"));
			if (written == null) {
				return ErrorResponses
					.v2BadRequest("'body' must have a representation (storage, atlas_doc_format or wiki) and a value");
			}
		}
		boolean rootLevel = "true".equalsIgnoreCase(call.query().first("root-level"));
		try {
			FakePage page = fake.site()
				.create(spaceId, Json.text(body.path("title")), parentId, rootLevel, status,
						written.storedRepresentation(), written.value(), fake.accountId());
			// Confluence answers a create with 200, not 201.
			return Response.json(200, render(page, written.storedRepresentation(), fake.siteWikiUrl()));
		}
		catch (ContentRejection ex) {
			return ex.v2();
		}
	}

	Response update(ApiCall call) {
		return V2Ids.withId(call, "id", (id) -> {
			if (call.request().body().length > MAX_REQUEST_BYTES) {
				return tooLarge();
			}
			JsonNode body = Json.readObject(call.request().body());
			if (body == null) {
				return ErrorResponses.v2BadRequest("The request body must be a JSON object");
			}
			String bodyId = Json.text(body.path("id"));
			String status = Json.text(body.path("status"));
			String title = Json.text(body.path("title"));
			JsonNode version = body.path("version");
			PageBodyWrite written = PageBodyWrite.read(body.path("body"));
			if (bodyId == null || status == null || title == null || written == null
					|| !version.path("number").isIntegralNumber()) {
				return ErrorResponses.v2BadRequest(
						"'id', 'status', 'title', 'body' {representation, value} and 'version' {number} are required");
			}
			if (!bodyId.equals(Long.toString(id))) {
				return ErrorResponses
					.v2BadRequest("The id in the body (" + bodyId + ") is not the page's id (" + id + ")");
			}
			if (!status.equals("current") && !status.equals("draft")) {
				return ErrorResponses.v2BadRequest("'status' must be current or draft");
			}
			Long parentId = null;
			if (body.hasNonNull("parentId")) {
				parentId = V2Ids.parse(String.valueOf(Json.text(body.path("parentId"))));
				if (parentId == null) {
					return ErrorResponses.v2BadRequest("'parentId' must be the id of a page");
				}
			}
			String message = Json.text(version.path("message"));
			boolean minorEdit = version.path("minorEdit").asBoolean(false);
			try {
				FakePage page = fake.site()
					.update(id, title, status, written.storedRepresentation(), written.value(),
							version.path("number").asInt(), message == null ? "" : message, minorEdit, parentId,
							fake.accountId());
				return Response.json(200, render(page, written.storedRepresentation(), fake.siteWikiUrl()));
			}
			catch (ContentRejection ex) {
				return ex.v2();
			}
		});
	}

	Response delete(ApiCall call) {
		return V2Ids.withId(call, "id", (id) -> {
			Optional<FakePage> page = fake.site().page(id);
			if (page.isEmpty()) {
				return ErrorResponses.v2NotFound();
			}
			boolean purge = "true".equalsIgnoreCase(call.query().first("purge"));
			if (purge && !page.get().status().equals("trashed")) {
				return ErrorResponses.v2BadRequest("Only trashed pages can be purged");
			}
			fake.site().deletePage(id, purge);
			return Response.noContent();
		});
	}

	private static Response tooLarge() {
		return ErrorResponses.v2(413, "REQUEST_ENTITY_TOO_LARGE", "Request entity too large: the limit is 5 MB");
	}

	private JsonNode render(FakePage page, @Nullable String bodyFormat, @Nullable String base) {
		return PageJson.v2(page, fake.site().spaceKeyOf(page), bodyFormat, base);
	}

	/** The numbers of a list parameter; null when one is not a number. */
	private static @Nullable Set<Long> longs(QueryParams query, String name) {
		Set<Long> values = new LinkedHashSet<>();
		for (String text : query.list(name)) {
			Long value = V2Ids.parse(text);
			if (value == null) {
				return null;
			}
			values.add(value);
		}
		return values;
	}

	/** A page to check that a cursor was made for this sort. */
	private static FakePage dummy() {
		java.time.Instant epoch = java.time.Instant.EPOCH;
		return new FakePage(0, 0, "", null, "current", "", epoch, 1, "", false, "", epoch, 0, "storage", "");
	}

}
