package io.github.springconfluence.test;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Endpoints the fake serves although the 2026 descriptions no longer describe them, each
 * with the reason. Requests to these are not validated (there is nothing to validate them
 * against); every other route of the fake must be described (a test checks it).
 */
final class RemovedEndpoints {

	/** One allowed endpoint. */
	record Entry(String method, PathTemplate template, String reason) {
	}

	static final List<Entry> ENTRIES = List.of(
			new Entry("GET", PathTemplate.of("/wiki/rest/api/space"),
					"Removed from the 2026 v1 description, but live sites still answer it with Basic auth (410 Gone "
							+ "only through the gateway); the starter's legacy paths and health checks call it."),
			new Entry("GET", PathTemplate.of("/wiki/rest/api/space/{spaceKey}"),
					"Removed from the 2026 v1 description (only PUT and DELETE remain on the path); live sites still "
							+ "serve it, and clients written against older descriptions call it."));

	private RemovedEndpoints() {
	}

	/** The entry allowing a request, or null. */
	static @Nullable Entry find(String method, String path) {
		String upper = method.toUpperCase(Locale.ROOT);
		for (Entry entry : ENTRIES) {
			if (entry.method().equals(upper) && entry.template().match(path) != null) {
				return entry;
			}
		}
		return null;
	}

}
