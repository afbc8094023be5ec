package io.github.springconfluence.test;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The checks Confluence makes before any v1 write, in its order: permission (anonymous
 * users may not write), the XSRF token, then the media type. They run before request
 * validation, as Confluence's filters run before its resources look at the request.
 */
final class V1Writes {

	/** For writes with a JSON body. */
	static final Route.Guard JSON_BODY = (request, authenticated) -> reject(request, authenticated, "json");

	/** For writes without a body. */
	static final Route.Guard NO_BODY = (request, authenticated) -> reject(request, authenticated, null);

	/** For multipart uploads. */
	static final Route.Guard MULTIPART_BODY = (request, authenticated) -> reject(request, authenticated,
			"multipart/form-data");

	private V1Writes() {
	}

	private static @Nullable Response reject(RecordedRequest request, boolean authenticated,
			@Nullable String mediaType) {
		if (!authenticated) {
			return ErrorResponses.v1(403, "com.atlassian.confluence.api.service.exceptions.PermissionException: "
					+ "Anonymous users are not permitted to perform this operation");
		}
		String token = request.header("X-Atlassian-Token");
		if (token == null || !(token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"))) {
			return ErrorResponses.v1(403, "XSRF check failed");
		}
		if (mediaType != null && !accepts(mediaType, request.header("Content-Type"))) {
			return ErrorResponses.v1(415, "Unsupported Media Type");
		}
		return null;
	}

	private static boolean accepts(String expected, @Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String actual = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (expected.equals("json")) {
			return actual.equals("application/json") || actual.endsWith("+json");
		}
		return actual.equals(expected);
	}

}
