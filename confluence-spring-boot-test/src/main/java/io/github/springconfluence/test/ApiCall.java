package io.github.springconfluence.test;

import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One routed request: what was received, the path variables of the matched route, whether
 * the credentials were accepted, and, for routes that stream their body, the body still
 * to be read.
 */
record ApiCall(RecordedRequest request, Map<String, String> pathVariables, boolean authenticated,
		@Nullable InputStream streamedBody) {

	String variable(String name) {
		String value = pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("No path variable " + name + " in " + request.path());
		}
		return value;
	}

	QueryParams query() {
		return QueryParams.parse(request.rawQuery());
	}

	/** The body of a streaming route; only such routes may call this. */
	InputStream body() {
		if (streamedBody == null) {
			throw new IllegalStateException("This route does not stream its body");
		}
		return streamedBody;
	}
}
