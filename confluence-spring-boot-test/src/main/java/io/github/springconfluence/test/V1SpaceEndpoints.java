package io.github.springconfluence.test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v1 space endpoints: the legacy offset-paged list (which can be switched to 410 Gone, as the
 * gateway answers), create, update, delete and the long-running task that a delete starts.
 */
final class V1SpaceEndpoints {

	static final String SPACE_PATH = "/wiki/rest/api/space";

	static final String LONG_TASK_PATH = "/wiki/rest/api/longtask";

	private static final int DEFAULT_LIMIT = 25;

	private static final int MAX_LIMIT = 250;

	private final FakeConfluence fake;

	// Deletions finish instantly here, so a task only needs to be known to exist.
	private final Set<String> finishedTasks = ConcurrentHashMap.newKeySet();

	private final AtomicLong nextTaskId = new AtomicLong(8_650_753);

	V1SpaceEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	Response list(RecordedRequest request) {
		if (fake.isV1SpaceListGone()) {
			return ErrorResponses.v1(410, ErrorResponses.GONE_MESSAGE);
		}
		QueryParams query = QueryParams.parse(request.rawQuery());
		int start;
		int limit;
		try {
			start = Math.max(0, parseInt(query.first("start"), 0));
			limit = Math.min(MAX_LIMIT, parseInt(query.first("limit"), DEFAULT_LIMIT));
		}
		catch (NumberFormatException ex) {
			return ErrorResponses.v1(400, "start and limit must be integers");
		}
		if (limit < 1) {
			return ErrorResponses.v1(400, "limit must be positive");
		}
		Set<String> keys = query.list("spaceKey");
		Set<String> types = query.list("type");
		Set<String> statuses = query.list("status");
		Set<String> labels = query.list("label");
		Predicate<FakeSpace> filter = space -> (keys.isEmpty() || keys.contains(space.key()))
				&& (types.isEmpty() || types.contains(space.type()))
				&& (statuses.isEmpty() || statuses.contains(space.status()))
				&& (labels.isEmpty() || labels.stream().anyMatch(space.labels()::contains));
		// One extra space tells whether there is a next page.
		List<FakeSpace> window = fake.store().byIdView().values().stream()
				.filter(filter).skip(start).limit(limit + 1L).toList();
		boolean hasNext = window.size() > limit;
		List<FakeSpace> page = hasNext ? window.subList(0, limit) : window;

		Set<String> expand = query.list("expand");
		String siteWiki = fake.siteWikiUrl();
		ObjectNode body = Json.object();
		ArrayNode results = body.putArray("results");
		page.forEach(space -> results.add(SpaceJson.v1(space, expand, siteWiki)));
		body.put("start", start);
		body.put("limit", limit);
		body.put("size", page.size());
		ObjectNode links = body.putObject("_links");
		links.put("base", siteWiki);
		links.put("context", "/wiki");
		// v1 links are relative to the /wiki context, unlike v2's site-relative ones.
		String others = query.rawPairsExcept(Set.of("start", "limit"));
		String listPath = "/rest/api/space?" + (others.isEmpty() ? "" : others + "&");
		if (hasNext) {
			links.put("next", listPath + "limit=" + limit + "&start=" + (start + limit));
		}
		if (start > 0) {
			links.put("prev", listPath + "limit=" + limit + "&start=" + Math.max(0, start - limit));
		}
		links.put("self", siteWiki + "/rest/api/space");
		return Response.json(200, body);
	}

	Response create(RecordedRequest request, boolean authenticated) {
		Response rejected = rejectWrite(request, authenticated, true);
		if (rejected != null) {
			return rejected;
		}
		JsonNode body = parseObject(request);
		if (body == null) {
			return ErrorResponses.v1(400, "Could not parse the request body as a JSON object");
		}
		String key = stringAt(body.path("key"));
		String name = stringAt(body.path("name"));
		if (key == null || key.isBlank()) {
			return ErrorResponses.v1(400, "Space key is required");
		}
		if (name == null || name.isBlank()) {
			return ErrorResponses.v1(400, "Space name is required");
		}
		String description = stringAt(body.path("description").path("plain").path("value"));
		FakeSpace space = new FakeSpace(0, key, name, "global", "current", description, fake.accountId(),
				Instant.now(), 0, Set.of());
		FakeSpace added;
		try {
			added = fake.store().add(space, fake.accountId());
		}
		catch (IllegalArgumentException ex) {
			return ErrorResponses.v1(400, "A space already exists with key " + key);
		}
		// Confluence answers a create with 200, not 201.
		return Response.json(200, SpaceJson.v1(added, expand(request), fake.siteWikiUrl()));
	}

	Response update(RecordedRequest request, String key, boolean authenticated) {
		Response rejected = rejectWrite(request, authenticated, true);
		if (rejected != null) {
			return rejected;
		}
		JsonNode body = parseObject(request);
		if (body == null) {
			return ErrorResponses.v1(400, "Could not parse the request body as a JSON object");
		}
		String name = stringAt(body.path("name"));
		String description = stringAt(body.path("description").path("plain").path("value"));
		return fake.store().update(key, space -> {
			FakeSpace updated = space;
			if (name != null && !name.isBlank()) {
				updated = updated.withName(name);
			}
			if (description != null) {
				updated = updated.withDescription(description);
			}
			return updated;
		})
				.map(space -> Response.json(200, SpaceJson.v1(space, expand(request), fake.siteWikiUrl())))
				.orElseGet(() -> noSuchSpace(key));
	}

	Response delete(RecordedRequest request, String key, boolean authenticated) {
		Response rejected = rejectWrite(request, authenticated, false);
		if (rejected != null) {
			return rejected;
		}
		if (fake.store().remove(key).isEmpty()) {
			return noSuchSpace(key);
		}
		String taskId = Long.toString(nextTaskId.getAndIncrement());
		finishedTasks.add(taskId);
		ObjectNode body = Json.object();
		body.put("id", taskId);
		body.putObject("links").put("status", LONG_TASK_PATH + "/" + taskId);
		return Response.json(202, body);
	}

	Response longTask(String taskId) {
		if (!finishedTasks.contains(taskId)) {
			return ErrorResponses.v1(404, "No long running task found with id " + taskId);
		}
		ObjectNode body = Json.object();
		body.put("id", taskId);
		body.putObject("name").put("key", "com.atlassian.confluence.space.delete");
		body.put("finished", true);
		body.put("successful", true);
		body.put("percentageComplete", 100);
		body.putArray("messages");
		return Response.json(200, body);
	}

	/** The checks Confluence makes before any write: permission, XSRF token, then media type. */
	private static @Nullable Response rejectWrite(RecordedRequest request, boolean authenticated,
			boolean needsJsonBody) {
		if (!authenticated) {
			return ErrorResponses.v1(403, "com.atlassian.confluence.api.service.exceptions.PermissionException: "
					+ "Anonymous users are not permitted to perform this operation");
		}
		String token = request.header("X-Atlassian-Token");
		if (token == null || !(token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"))) {
			return ErrorResponses.v1(403, "XSRF check failed");
		}
		if (needsJsonBody && !isJson(request.header("Content-Type"))) {
			return ErrorResponses.v1(415, "Unsupported Media Type");
		}
		return null;
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return mediaType.equals("application/json") || mediaType.endsWith("+json");
	}

	private static @Nullable JsonNode parseObject(RecordedRequest request) {
		try {
			JsonNode node = Json.read(request.body());
			return node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String stringAt(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	private static Set<String> expand(RecordedRequest request) {
		return QueryParams.parse(request.rawQuery()).list("expand");
	}

	private static Response noSuchSpace(String key) {
		return ErrorResponses.v1(404, "No space with key : " + key);
	}

	private static int parseInt(@Nullable String text, int defaultValue) {
		return text == null || text.isBlank() ? defaultValue : Integer.parseInt(text.trim());
	}
}
