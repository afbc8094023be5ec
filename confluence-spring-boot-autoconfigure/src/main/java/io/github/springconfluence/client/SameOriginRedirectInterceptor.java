package io.github.springconfluence.client;

import java.io.IOException;
import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;

/**
 * Follows redirects that stay on the same origin (scheme, host and port) and hands every
 * other redirect back unfollowed, so that the error mapping refuses it.
 * <p>
 * The underlying HTTP client is configured never to follow redirects: whether the JDK's
 * {@code HttpClient} strips {@code Authorization} on a cross-host redirect has changed
 * between JDK updates, and a JDK 17 client was seen to send it to another port. Following
 * redirects here makes the rule independent of the HTTP library: credentials never leave
 * the origin. Placed before the authentication interceptor, each hop is authenticated
 * again by it.
 */
final class SameOriginRedirectInterceptor implements ClientHttpRequestInterceptor {

	/** More hops than any legitimate Confluence redirect chain; guards against loops. */
	static final int MAX_REDIRECTS = 5;

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpRequest current = request;
		byte[] currentBody = body;
		for (int hop = 0;; hop++) {
			ClientHttpResponse response = execution.execute(current, currentBody);
			HttpStatusCode status = response.getStatusCode();
			if (!status.is3xxRedirection() || hop == MAX_REDIRECTS) {
				return response;
			}
			URI target = target(current.getURI(), response.getHeaders().getFirst(HttpHeaders.LOCATION));
			HttpMethod method = methodAfterRedirect(status.value(), current.getMethod());
			if (target == null || method == null || !ConfluenceBaseUrl.sameOrigin(current.getURI(), target)) {
				return response;
			}
			response.close();
			if (!method.equals(current.getMethod())) {
				currentBody = new byte[0];
			}
			current = new RedirectedRequest(current, target, method);
		}
	}

	private static @Nullable URI target(URI requestUri, @Nullable String location) {
		if (location == null || location.isBlank()) {
			return null;
		}
		try {
			return requestUri.resolve(location.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Returns the method to use after a redirect, or {@code null} when the redirect must
	 * not be followed automatically: a 301 or 302 after a write would silently turn it
	 * into a read.
	 */
	private static @Nullable HttpMethod methodAfterRedirect(int status, HttpMethod method) {
		boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		return switch (status) {
			case 307, 308 -> method;
			case 303 -> HttpMethod.GET;
			case 301, 302 -> safe ? method : null;
			default -> null;
		};
	}

	/** The original request aimed at a new URI, with the same headers. */
	private static final class RedirectedRequest extends HttpRequestWrapper {

		private final URI uri;

		private final HttpMethod method;

		RedirectedRequest(HttpRequest request, URI uri, HttpMethod method) {
			super(request);
			this.uri = uri;
			this.method = method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

	}

}
