package io.github.springconfluence.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Turns Confluence's {@code _links.webui} (relative to {@code _links.base}, the site's
 * {@code /wiki} URL) into the absolute URL a person opens, for every resource.
 * <p>
 * Behind the {@code api.atlassian.com} gateway the configured URL is not the site's, so without
 * {@code _links.base} no URL is made up; elsewhere the configured site stands in for a missing
 * base. A malformed link yields {@code null}: the URL is a convenience and must not fail a read.
 */
final class WebLinks {

	private WebLinks() {
	}

	static @Nullable URI resolve(ConfluenceBaseUrl baseUrl, @Nullable String base, @Nullable String webui) {
		if (webui == null || webui.isBlank()) {
			return null;
		}
		boolean hasBase = base != null && !base.isBlank();
		try {
			if (webui.startsWith("http://") || webui.startsWith("https://")) {
				return URI.create(webui);
			}
			if (!hasBase && !baseUrl.root().getRawPath().isEmpty()) {
				return null;
			}
			String root = hasBase ? base : baseUrl.wikiBase().toString();
			String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
			return URI.create(trimmed + (webui.startsWith("/") ? "" : "/") + webui);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
