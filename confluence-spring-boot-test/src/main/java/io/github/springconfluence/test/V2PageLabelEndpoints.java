package io.github.springconfluence.test;

import java.util.List;

/**
 * {@code GET /wiki/api/v2/pages/{id}/labels}: a page's labels in the order they were
 * added, cursor-paged. Every label is {@code global}, so the {@code prefix} filter keeps
 * all of them or none. Labels are written through v1 ({@link V1PageEndpoints}).
 */
final class V2PageLabelEndpoints {

	private static final int DEFAULT_LIMIT = 25;

	private final FakeConfluence fake;

	V2PageLabelEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/labels", this::list);
	}

	Response list(ApiCall call) {
		return V2Ids.withId(call, "id", (id) -> {
			QueryParams query = call.query();
			Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
			if (limit == null) {
				return CursorPager.badLimit();
			}
			List<SiteModel.Label> labels;
			try {
				labels = fake.site().labels(id);
			}
			catch (ContentRejection ex) {
				return ex.v2();
			}
			String prefix = query.first("prefix");
			if (prefix != null && !prefix.equals("global")) {
				labels = List.of();
			}
			return CursorPager.offsetPage(fake, V2PageEndpoints.PAGES_PATH + "/" + id + "/labels", query, labels, limit,
					PageJson::label);
		});
	}

}
