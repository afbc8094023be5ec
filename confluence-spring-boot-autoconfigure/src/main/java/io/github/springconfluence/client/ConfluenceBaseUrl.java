package io.github.springconfluence.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The root of a Confluence Cloud site: the origin plus any gateway path prefix, without
 * {@code /wiki} and without a trailing slash.
 * <p>
 * Users paste the site as {@code https://SITE.atlassian.net}, with a trailing {@code /},
 * with {@code /wiki} or {@code /wiki/}; scoped tokens need the gateway form
 * {@code https://api.atlassian.com/ex/confluence/{cloudId}}. All normalise to a root to
 * which Atlassian's documented paths ({@code /wiki/api/v2/...},
 * {@code /wiki/rest/api/...}) are appended unchanged, so no request ever goes to
 * {@code /wiki/wiki} and a gateway prefix survives every request, pagination included.
 */
public final class ConfluenceBaseUrl {

	private static final String WIKI = "/wiki";

	private final URI root;

	private ConfluenceBaseUrl(URI root) {
		this.root = root;
	}

	/**
	 * Parses and normalises a configured base URL.
	 * @param baseUrl the configured value
	 * @return the normalised base URL
	 * @throws IllegalArgumentException if the value is not an absolute {@code http} or
	 * {@code https} URL with a host, or carries user info, a query or a fragment
	 */
	public static ConfluenceBaseUrl parse(String baseUrl) {
		URI uri;
		try {
			uri = new URI(baseUrl.trim());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("it is not a valid URL (" + ex.getReason() + ")");
		}
		String scheme = uri.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
			throw new IllegalArgumentException(
					"it must be an absolute https URL such as https://your-site.atlassian.net");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("it has no host name");
		}
		if (uri.getRawUserInfo() != null) {
			// Credentials in the URL would end up in logs; they belong in
			// confluence.email and
			// confluence.api-token.
			throw new IllegalArgumentException("it must not contain user info (user:password@); "
					+ "set confluence.email and confluence.api-token instead");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("it must not contain a query or a fragment");
		}
		String path = stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath());
		if (path.toLowerCase(Locale.ROOT).endsWith(WIKI)) {
			path = stripTrailingSlashes(path.substring(0, path.length() - WIKI.length()));
		}
		String origin = scheme.toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
		return new ConfluenceBaseUrl(URI.create(origin + path));
	}

	private static String stripTrailingSlashes(String path) {
		String result = path;
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	/**
	 * Returns the root: origin plus gateway prefix, without {@code /wiki}.
	 * @return the root URI, for example {@code https://example.atlassian.net}
	 */
	public URI root() {
		return this.root;
	}

	/**
	 * Returns the base that Confluence's relative {@code webui} links are relative to.
	 * @return the root followed by {@code /wiki}
	 */
	public URI wikiBase() {
		return URI.create(this.root + WIKI);
	}

	/**
	 * Returns whether the base URL uses the {@code https} scheme.
	 * @return {@code true} for https
	 */
	public boolean isHttps() {
		return "https".equals(this.root.getScheme());
	}

	/**
	 * Returns whether the host is a loopback address ({@code localhost},
	 * {@code 127.0.0.0/8}, {@code ::1}), where plain http does not expose credentials to
	 * the network.
	 * @return {@code true} for a loopback host
	 */
	public boolean isLoopback() {
		return isLoopbackHost(this.root.getHost());
	}

	/**
	 * Whether a host name or literal is loopback, without resolving names other than
	 * localhost.
	 */
	static boolean isLoopbackHost(@Nullable String host) {
		if (host == null) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
			return false; // a name other than localhost: do not resolve it at startup
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Returns whether a URI has the same origin (scheme, host and port) as this base URL.
	 * @param uri an absolute URI
	 * @return {@code true} when credentials may be sent to it
	 */
	public boolean isSameOrigin(URI uri) {
		return sameOrigin(this.root, uri);
	}

	/**
	 * Returns whether two absolute URIs share scheme, host and port (default ports
	 * applied).
	 * @param a one URI
	 * @param b the other URI
	 * @return {@code true} when both have the same origin
	 */
	static boolean sameOrigin(URI a, URI b) {
		return a.getScheme() != null && b.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
				&& a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/**
	 * Resolves a link that Confluence returned (a pagination {@code next} link) against
	 * this base URL, keeping any gateway prefix.
	 * <p>
	 * v2 links are site-relative and start with {@code /wiki}; v1 links are relative to
	 * the {@code /wiki} context; absolute links are returned as they are, and the caller
	 * must check their origin. The caller, which knows the response that carried the
	 * link, turns a refusal into an exception with that response's status and trace id.
	 * @param link the link as Confluence sent it
	 * @return the absolute URI to request
	 * @throws IllegalArgumentException if the link is malformed, with the reason as
	 * message
	 */
	URI resolve(String link) {
		try {
			URI uri = new URI(link);
			return uri.isAbsolute() ? uri : new URI(this.root + relativePath(link));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("a malformed link (" + ex.getReason() + ")", ex);
		}
	}

	private String relativePath(String link) {
		String prefix = this.root.getRawPath();
		if (!prefix.isEmpty() && link.startsWith(prefix + WIKI + "/")) {
			return link.substring(prefix.length()); // a link that already carries the
													// gateway prefix
		}
		if (link.equals(WIKI) || link.startsWith(WIKI + "/")) {
			return link;
		}
		return WIKI + (link.startsWith("/") ? link : "/" + link);
	}

	@Override
	public String toString() {
		return this.root.toString();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ConfluenceBaseUrl that && this.root.equals(that.root);
	}

	@Override
	public int hashCode() {
		return this.root.hashCode();
	}

}
