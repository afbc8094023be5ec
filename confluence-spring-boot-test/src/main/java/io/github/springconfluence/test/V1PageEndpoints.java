package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page writes that only v1 has, each behind the v1 write checks ({@link V1Writes}):
 * {@code POST /wiki/rest/api/content/{id}/label} (adds global labels, answers all of the
 * page's), {@code DELETE /content/{id}/label?name=..} (204, also for names with
 * {@code /}), {@code PUT /content/{pageId}/move/{position}/{targetId}} and {@code POST
 * /content/{id}/version} (restore an earlier version as a new one).
 */
final class V1PageEndpoints {

	static final String CONTENT_PATH = "/wiki/rest/api/content";

	private static final int LABEL_LIMIT = 200;

	private final FakeConfluence fake;

	V1PageEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("POST", CONTENT_PATH + "/{id}/label", V1Writes.JSON_BODY, this::addLabels);
		routes.add("DELETE", CONTENT_PATH + "/{id}/label", V1Writes.NO_BODY, this::removeLabel);
		routes.add("PUT", CONTENT_PATH + "/{pageId}/move/{position}/{targetId}", V1Writes.NO_BODY, this::move);
		routes.add("POST", CONTENT_PATH + "/{id}/version", V1Writes.JSON_BODY, this::restore);
	}

	Response addLabels(ApiCall call) {
		Long id = V2Ids.parse(call.variable("id"));
		if (id == null) {
			return noContent(call.variable("id"));
		}
		JsonNode body;
		try {
			body = Json.read(call.request().body());
		}
		catch (JacksonException ex) {
			return ErrorResponses.v1(400, "Could not parse the request body as JSON");
		}
		List<JsonNode> items = new ArrayList<>();
		if (body.isArray()) {
			body.forEach(items::add);
		}
		else if (body.isObject()) {
			items.add(body);
		}
		List<String> names = new ArrayList<>();
		for (JsonNode item : items) {
			String name = Json.text(item.path("name"));
			String prefix = Json.text(item.path("prefix"));
			if (name == null) {
				return ErrorResponses.v1(400, "A label needs a name");
			}
			if (prefix != null && !prefix.equals("global")) {
				return ErrorResponses.v1(400, "FakeConfluence only supports global labels, not '" + prefix + "'");
			}
			names.add(name);
		}
		try {
			List<SiteModel.Label> labels = fake.site().addLabels(id, names);
			ObjectNode answer = Json.object();
			ArrayNode results = answer.putArray("results");
			labels.forEach(label -> results.add(PageJson.v1Label(label)));
			answer.put("start", 0);
			answer.put("limit", LABEL_LIMIT);
			answer.put("size", labels.size());
			ObjectNode links = answer.putObject("_links");
			links.put("base", fake.siteWikiUrl());
			links.put("context", "/wiki");
			links.put("self", fake.siteWikiUrl() + "/rest/api/content/" + id + "/label");
			return Response.json(200, answer);
		}
		catch (ContentRejection ex) {
			return ex.v1();
		}
	}

	Response removeLabel(ApiCall call) {
		Long id = V2Ids.parse(call.variable("id"));
		String name = call.query().first("name");
		if (name == null) {
			return ErrorResponses.v1(400, "The 'name' parameter is required");
		}
		if (id == null || !fake.site().removeLabel(id, name)) {
			return noContent(call.variable("id"));
		}
		return Response.noContent();
	}

	Response move(ApiCall call) {
		Long pageId = V2Ids.parse(call.variable("pageId"));
		Long targetId = V2Ids.parse(call.variable("targetId"));
		String position = call.variable("position");
		if (pageId == null || targetId == null) {
			return noContent(pageId == null ? call.variable("pageId") : call.variable("targetId"));
		}
		if (!position.equals("before") && !position.equals("after") && !position.equals("append")) {
			return ErrorResponses.v1(400, "Invalid position: " + position + " (before, after or append)");
		}
		try {
			FakePage moved = fake.site().move(pageId, position, targetId);
			ObjectNode answer = Json.object();
			answer.put("pageId", Long.toString(moved.id()));
			return Response.json(200, answer);
		}
		catch (ContentRejection ex) {
			return ex.v1();
		}
	}

	Response restore(ApiCall call) {
		Long id = V2Ids.parse(call.variable("id"));
		if (id == null) {
			return noContent(call.variable("id"));
		}
		JsonNode body = Json.readObject(call.request().body());
		if (body == null || !"restore".equals(Json.text(body.path("operationKey")))) {
			return ErrorResponses.v1(400, "Only the 'restore' operation is supported");
		}
		JsonNode params = body.path("params");
		if (!params.path("versionNumber").isIntegralNumber()) {
			return ErrorResponses.v1(400, "params.versionNumber is required");
		}
		String message = Json.text(params.path("message"));
		try {
			FakePage restored = fake.site()
				.restore(id, params.path("versionNumber").asInt(), message == null ? "" : message,
						params.path("restoreTitle").asBoolean(false), fake.accountId());
			return Response.json(200, PageJson.v1Version(restored, fake.displayName(), fake.siteWikiUrl()));
		}
		catch (ContentRejection ex) {
			return ex.status() == 404 ? noContent(Long.toString(id)) : ex.v1();
		}
	}

	private static Response noContent(String id) {
		return ErrorResponses.v1(404, "No content found with id : " + id);
	}

}
