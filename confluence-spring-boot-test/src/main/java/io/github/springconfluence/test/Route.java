package io.github.springconfluence.test;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link RouteTable}: a method, a path template, the endpoint, the
 * checks Confluence makes before it looks at the request at all (permission and XSRF for
 * v1 writes), and whether the body is streamed to the endpoint instead of being read into
 * memory first.
 */
record Route(String method, PathTemplate template, Endpoint endpoint, @Nullable Guard guard, boolean streamsBody) {

	/**
	 * A check that runs before validation; answers a rejection or null to let the request
	 * through.
	 */
	@FunctionalInterface
	interface Guard {

		@Nullable Response reject(RecordedRequest request, boolean authenticated);

	}

	@Override
	public String toString() {
		return method + " " + template;
	}
}
