package io.github.springconfluence.test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * v2 attachment reads and delete: {@code GET /pages/{id}/attachments} (cursor-paged, 50
 * by default), {@code GET /attachments/{id}} and {@code DELETE /attachments/{id}} (204).
 */
final class V2AttachmentEndpoints {

	static final String ATTACHMENTS_PATH = "/wiki/api/v2/attachments";

	private static final int DEFAULT_LIMIT = 50;

	private final FakeConfluence fake;

	V2AttachmentEndpoints(FakeConfluence fake) {
		this.fake = fake;
	}

	void register(RouteTable routes) {
		routes.add("GET", V2PageEndpoints.PAGES_PATH + "/{id}/attachments", this::listOfPage);
		routes.add("GET", ATTACHMENTS_PATH + "/{id}", this::get);
		routes.add("DELETE", ATTACHMENTS_PATH + "/{id}", this::delete);
	}

	Response listOfPage(ApiCall call) {
		String idText = call.variable("id");
		Long pageId = V2Ids.parse(idText);
		if (pageId == null) {
			return V2Ids.badId(idText);
		}
		QueryParams query = call.query();
		Integer limit = CursorPager.limit(query, DEFAULT_LIMIT);
		if (limit == null) {
			return CursorPager.badLimit();
		}
		Optional<List<FakeAttachment>> attachments = fake.site().attachmentsOf(pageId);
		if (attachments.isEmpty()) {
			return ErrorResponses.v2NotFound();
		}
		// Upload order is id order within a page; the cursor remembers the last
		// attachment number.
		Long after = null;
		String cursor = query.first("cursor");
		if (cursor != null) {
			String position = CursorPager.decode(cursor);
			after = position == null ? null : V2Ids.parse(position);
			if (after == null) {
				return ErrorResponses.v2BadRequest("Invalid cursor");
			}
		}
		Set<String> filenames = query.list("filename");
		Set<String> mediaTypes = query.list("mediaType");
		Predicate<FakeAttachment> filter = a -> (filenames.isEmpty() || filenames.contains(a.title()))
				&& (mediaTypes.isEmpty() || mediaTypes.contains(a.mediaType()));
		long afterNumber = after == null ? Long.MIN_VALUE : after;
		List<FakeAttachment> window = attachments.get()
			.stream()
			.filter(a -> number(a) > afterNumber)
			.filter(filter)
			.limit(limit + 1L)
			.toList();
		String path = V2PageEndpoints.PAGES_PATH + "/" + pageId + "/attachments";
		return CursorPager.page(fake, path, query, window, limit, a -> Long.toString(number(a)),
				a -> AttachmentJson.v2(a, fake.accountId(), null));
	}

	Response get(ApiCall call) {
		return fake.site()
			.attachment(call.variable("id"))
			.map(stored -> Response.json(200,
					AttachmentJson.v2(stored.attachment(), fake.accountId(), fake.siteWikiUrl())))
			.orElseGet(ErrorResponses::v2NotFound);
	}

	Response delete(ApiCall call) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		return fake.site().deleteAttachment(call.variable("id")) ? Response.noContent() : ErrorResponses.v2NotFound();
	}

	private static long number(FakeAttachment attachment) {
		return Long.parseLong(attachment.id().substring(3));
	}

}
