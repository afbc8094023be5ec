package io.github.springconfluence.test;

import java.util.Optional;

/**
 * The v2 page endpoints served so far: {@code DELETE /wiki/api/v2/pages/{id}} (to the
 * trash, or gone with {@code purge=true} once trashed). Page CRUD, the tree and versions
 * register here next, on the same {@link SiteModel}.
 */
final class V2PageEndpoints {

	static final String PAGES_PATH = "/wiki/api/v2/pages";

	private final FakeConfluence fake;

	V2PageEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("DELETE", PAGES_PATH + "/{id}", this::delete);
	}

	Response delete(ApiCall call) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		Long id = V2Ids.parse(call.variable("id"));
		if (id == null) {
			return V2Ids.badId(call.variable("id"));
		}
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
	}

}
