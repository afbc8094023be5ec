package io.github.springconfluence.test;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v1 space endpoints: the legacy offset-paged list (which can be switched to 410
 * Gone, as the gateway answers), create, update, delete and the long-running task that a
 * delete starts.
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

	void register(RouteTable routes) {
		// The legacy reads are gone from the 2026 description; RemovedEndpoints lets them
		// through.
		routes.add("GET", SPACE_PATH, this::list);
		routes.add("POST", SPACE_PATH, V1Writes.JSON_BODY, this::create);
		routes.add("GET", SPACE_PATH + "/{spaceKey}", this::get);
		routes.add("PUT", SPACE_PATH + "/{spaceKey}", V1Writes.JSON_BODY, this::update);
		routes.add("DELETE", SPACE_PATH + "/{spaceKey}", V1Writes.NO_BODY, this::delete);
		routes.add("GET", LONG_TASK_PATH + "/{id}", call -> longTask(call.variable("id")));
	}

	Response list(ApiCall call) {
		if (fake.isV1SpaceListGone()) {
			return ErrorResponses.v1(410, ErrorResponses.GONE_MESSAGE);
		}
		QueryParams query = call.query();
		Set<String> keys = query.list("spaceKey");
		Set<String> types = query.list("type");
		Set<String> statuses = query.list("status");
		Set<String> labels = query.list("label");
		Predicate<FakeSpace> filter = space -> (keys.isEmpty() || keys.contains(space.key()))
				&& (types.isEmpty() || types.contains(space.type()))
				&& (statuses.isEmpty() || statuses.contains(space.status()))
				&& (labels.isEmpty() || labels.stream().anyMatch(space.labels()::contains));
		Set<String> expand = query.list("expand");
		String siteWiki = fake.siteWikiUrl();
		return OffsetPager.page(fake, "/rest/api/space", query,
				fake.store().byIdView().values().stream().filter(filter), DEFAULT_LIMIT, MAX_LIMIT,
				space -> SpaceJson.v1(space, expand, siteWiki));
	}

	Response get(ApiCall call) {
		String key = call.variable("spaceKey");
		return fake.store()
			.byKey(key)
			.map(space -> Response.json(200, SpaceJson.v1(space, expand(call.request()), fake.siteWikiUrl())))
			.orElseGet(() -> noSuchSpace(key));
	}

	Response create(ApiCall call) {
		RecordedRequest request = call.request();
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
		FakeSpace space = new FakeSpace(0, key, name, "global", "current", description, fake.accountId(), Instant.now(),
				0, Set.of());
		FakeSpace added;
		try {
			added = fake.site().addSpace(space, fake.accountId());
		}
		catch (IllegalArgumentException ex) {
			return ErrorResponses.v1(400, "A space already exists with key " + key);
		}
		// Confluence answers a create with 200, not 201.
		return Response.json(200, SpaceJson.v1(added, expand(request), fake.siteWikiUrl()));
	}

	Response update(ApiCall call) {
		RecordedRequest request = call.request();
		String key = call.variable("spaceKey");
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

	Response delete(ApiCall call) {
		String key = call.variable("spaceKey");
		if (fake.site().removeSpace(key).isEmpty()) {
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

}
