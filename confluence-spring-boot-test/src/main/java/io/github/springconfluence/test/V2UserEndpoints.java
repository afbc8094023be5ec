package io.github.springconfluence.test;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /wiki/api/v2/users-bulk}: display names for up to 250 account ids at once,
 * in the order asked; ids the site does not know are left out, as Confluence does.
 */
final class V2UserEndpoints {

	static final String USERS_BULK = "/wiki/api/v2/users-bulk";

	/** The description's {@code maxItems}. */
	private static final int MAX_IDS = 250;

	private final FakeConfluence fake;

	V2UserEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("POST", USERS_BULK, this::bulk);
	}

	Response bulk(ApiCall call) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		JsonNode body = Json.readObject(call.request().body());
		JsonNode ids = (body != null) ? body.path("accountIds") : null;
		if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > MAX_IDS) {
			return ErrorResponses.v2BadRequest("'accountIds' must list 1 to " + MAX_IDS + " account ids");
		}
		Set<String> asked = new LinkedHashSet<>();
		for (JsonNode id : ids) {
			String accountId = Json.text(id);
			if (accountId == null) {
				return ErrorResponses.v2BadRequest("'accountIds' must hold strings");
			}
			asked.add(accountId);
		}
		ObjectNode answer = Json.object();
		ArrayNode results = answer.putArray("results");
		for (String accountId : asked) {
			fake.users().displayName(accountId).ifPresent((displayName) -> {
				ObjectNode user = results.addObject();
				user.put("accountId", accountId);
				user.put("accountType", "atlassian");
				user.put("accountStatus", "active");
				user.put("displayName", displayName);
				user.put("publicName", displayName);
				user.put("email", "");
				user.put("isExternalCollaborator", false);
			});
		}
		answer.putObject("_links").put("base", fake.siteWikiUrl());
		return Response.json(200, answer);
	}

}
