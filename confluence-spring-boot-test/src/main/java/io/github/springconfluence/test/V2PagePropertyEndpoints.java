package io.github.springconfluence.test;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A page's content properties: {@code GET /wiki/api/v2/pages/{page-id}/properties}
 * (optionally one {@code key}), {@code POST} (200; a key the page already has is a 400,
 * as the description documents no 409), and {@code GET}, {@code PUT} (version + 1, else
 * 409) and {@code DELETE} (204) of {@code /properties/{property-id}}. Values are any
 * JSON, stored as written.
 */
final class V2PagePropertyEndpoints {

	private static final String PROPERTIES = V2PageEndpoints.PAGES_PATH + "/{page-id}/properties";

	private static final int DEFAULT_LIMIT = 25;

	private final FakeConfluence fake;

	V2PagePropertyEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", PROPERTIES, this::list);
		routes.add("POST", PROPERTIES, this::create);
		routes.add("GET", PROPERTIES + "/{property-id}", this::get);
		routes.add("PUT", PROPERTIES + "/{property-id}", this::update);
		routes.add("DELETE", PROPERTIES + "/{property-id}", this::delete);
	}

	Response list(ApiCall call) {
		return answer(call, false, (pageId, propertyId) -> {
			QueryParams query = call.query();
			Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
			if (limit == null) {
				return CursorPager.badLimit();
			}
			String key = query.first("key");
			List<PageProperty> properties = fake.site()
				.properties(pageId)
				.stream()
				.filter(p -> key == null || p.key().equals(key))
				.toList();
			return CursorPager.offsetPage(fake, V2PageEndpoints.PAGES_PATH + "/" + pageId + "/properties", query,
					properties, limit, PageJson::property);
		});
	}

	Response create(ApiCall call) {
		return answer(call, false, (pageId, propertyId) -> {
			JsonNode body = Json.readObject(call.request().body());
			String key = body == null ? null : Json.text(body.path("key"));
			if (key == null || !body.has("value")) {
				return ErrorResponses.v2BadRequest("A content property needs a 'key' and a 'value'");
			}
			PageProperty created = fake.site()
				.createProperty(pageId, key, body.get("value").toString(), fake.accountId());
			return Response.json(200, PageJson.property(created));
		});
	}

	Response get(ApiCall call) {
		return answer(call, true, (pageId, propertyId) -> Response.json(200,
				PageJson.property(fake.site().property(pageId, propertyId))));
	}

	Response update(ApiCall call) {
		return answer(call, true, (pageId, propertyId) -> {
			JsonNode body = Json.readObject(call.request().body());
			String key = body == null ? null : Json.text(body.path("key"));
			if (key == null || !body.has("value") || !body.path("version").path("number").isIntegralNumber()) {
				return ErrorResponses.v2BadRequest("'key', 'value' and 'version' {number} are required");
			}
			String message = Json.text(body.path("version").path("message"));
			PageProperty updated = fake.site()
				.updateProperty(pageId, propertyId, key, body.get("value").toString(),
						body.path("version").path("number").asInt(), message == null ? "" : message, fake.accountId());
			return Response.json(200, PageJson.property(updated));
		});
	}

	Response delete(ApiCall call) {
		return answer(call, true, (pageId, propertyId) -> {
			fake.site().deleteProperty(pageId, propertyId);
			return Response.noContent();
		});
	}

	/** What an endpoint does once the ids are parsed. */
	@FunctionalInterface
	private interface Action {

		Response apply(long pageId, long propertyId);

	}

	private Response answer(ApiCall call, boolean withPropertyId, Action action) {
		return V2Ids.withId(call, "page-id", (pageId) -> {
			long propertyId = -1;
			if (withPropertyId) {
				Long parsed = V2Ids.parse(call.variable("property-id"));
				if (parsed == null) {
					return V2Ids.badId(call.variable("property-id"));
				}
				propertyId = parsed;
			}
			try {
				return action.apply(pageId, propertyId);
			}
			catch (ContentRejection ex) {
				return ex.v2();
			}
		});
	}

}
