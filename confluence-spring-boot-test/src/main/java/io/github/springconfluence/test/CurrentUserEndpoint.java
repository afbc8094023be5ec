package io.github.springconfluence.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /wiki/rest/api/user/current}: the reliable identity check, since on sites
 * that allow anonymous access a 200 elsewhere does not prove that the credentials were
 * accepted.
 */
final class CurrentUserEndpoint {

	static final String PATH = "/wiki/rest/api/user/current";

	private final FakeConfluence fake;

	CurrentUserEndpoint(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", PATH, call -> get(call.authenticated()));
	}

	Response get(boolean authenticated) {
		String siteWiki = fake.siteWikiUrl();
		ObjectNode body = Json.object();
		if (authenticated) {
			body.put("type", "known");
			body.put("accountId", fake.accountId());
			body.put("accountType", "atlassian");
			body.put("email", fake.email());
			body.put("publicName", fake.displayName());
			ObjectNode picture = body.putObject("profilePicture");
			picture.put("path", "/wiki/aa-avatar/" + fake.accountId());
			picture.put("width", 48);
			picture.put("height", 48);
			picture.put("isDefault", false);
			body.put("displayName", fake.displayName());
			body.put("isExternalCollaborator", false);
			ObjectNode links = body.putObject("_links");
			links.put("self", siteWiki + "/rest/api/user?accountId=" + fake.accountId());
			links.put("base", siteWiki);
			links.put("context", "/wiki");
		}
		else {
			body.put("type", "anonymous");
			ObjectNode picture = body.putObject("profilePicture");
			picture.put("path", "/wiki/s/default/_/images/icons/profilepics/anonymous.svg");
			picture.put("width", 48);
			picture.put("height", 48);
			picture.put("isDefault", true);
			body.put("displayName", "Anonymous");
			body.putArray("operations");
			body.put("isExternalCollaborator", false);
			ObjectNode links = body.putObject("_links");
			links.put("self", siteWiki + "/rest/api/user/anonymous");
			links.put("base", siteWiki);
			links.put("context", "/wiki");
		}
		return Response.json(200, body);
	}

}
