package io.github.springconfluence.client;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Turns Confluence's {@code _links.webui} (relative to {@code _links.base}, the site's
 * {@code /wiki} URL) into the absolute URL a person opens, for every resource. One
 * instance per base: a list's items share their envelope's base, which is parsed once.
 * <p>
 * Behind the {@code api.atlassian.com} gateway the configured URL is not the site's, so
 * without {@code _links.base} no URL is made up; elsewhere the configured site stands in
 * for a missing base. A malformed link yields {@code null}: the URL is a convenience and
 * must not fail a read.
 * <p>
 * {@code URI.create(base + webui)} for every item was about a third of the calling
 * thread's CPU when streaming a large list, so a plain path such as {@code /spaces/ENG}
 * is resolved against the parsed base instead, which copies its scheme and authority; for
 * such a path the two give the same URI. Anything else takes {@code URI.create}.
 */
final class WebLinks {

	private final @Nullable String root;

	private @Nullable URI parsedRoot;

	private WebLinks(@Nullable String root) {
		this.root = root;
	}

	/**
	 * Creates the resolver for one response's base.
	 * @param baseUrl the configured site
	 * @param base the response's {@code _links.base}, if any
	 * @return the resolver
	 */
	static WebLinks forBase(ConfluenceBaseUrl baseUrl, @Nullable String base) {
		if (base != null && !base.isBlank()) {
			return new WebLinks(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		}
		// Behind the gateway the site's own URL is unknown: no URL rather than a wrong
		// one.
		return new WebLinks(baseUrl.root().getRawPath().isEmpty() ? baseUrl.wikiBase().toString() : null);
	}

	@Nullable URI resolve(@Nullable String webui) {
		if (webui == null || webui.isBlank()) {
			return null;
		}
		try {
			if (webui.startsWith("http://") || webui.startsWith("https://")) {
				return URI.create(webui);
			}
			if (this.root == null) {
				return null;
			}
			if (isPlainAbsolutePath(webui)) {
				URI parsed = parsedRoot();
				if (parsed != null) {
					return parsed.resolve(URI.create(webui.substring(1)));
				}
			}
			return URI.create(this.root + (webui.startsWith("/") ? "" : "/") + webui);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The root with a trailing slash, parsed once; {@code null} when it is not a plain
	 * absolute URL.
	 */
	private @Nullable URI parsedRoot() {
		if (this.parsedRoot == null) {
			URI uri = URI.create(this.root + "/");
			if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				return null;
			}
			this.parsedRoot = uri;
		}
		return this.parsedRoot;
	}

	/**
	 * An absolute path like {@code /spaces/ENG/overview} of unreserved characters,
	 * without dot or empty segments: resolving it is exactly concatenating it.
	 */
	static boolean isPlainAbsolutePath(String webui) {
		int length = webui.length();
		if (length < 2 || webui.charAt(0) != '/') {
			return false;
		}
		int segmentStart = 1;
		for (int i = 1; i <= length; i++) {
			char c = (i < length) ? webui.charAt(i) : '/';
			if (c == '/') {
				int segment = i - segmentStart;
				if (segment == 0 || (segment == 1 && webui.charAt(segmentStart) == '.') || (segment == 2
						&& webui.charAt(segmentStart) == '.' && webui.charAt(segmentStart + 1) == '.')) {
					return false;
				}
				segmentStart = i + 1;
			}
			else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~')) {
				return false;
			}
		}
		return true;
	}

}
