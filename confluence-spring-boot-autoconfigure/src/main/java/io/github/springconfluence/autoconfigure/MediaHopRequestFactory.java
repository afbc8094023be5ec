package io.github.springconfluence.autoconfigure;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The request factory of the credential-free hop to Atlassian's media host when the
 * Confluence client is on the JDK {@code HttpClient}: {@code HttpURLConnection}, built by
 * Spring Boot from the same settings (timeouts, SSL bundle, redirects off).
 * <p>
 * The JDK {@code HttpClient} allocates a fresh 16 KiB buffer for every socket read and
 * streamed a 200 MiB download at about half the speed of {@code HttpURLConnection} (see
 * BENCHMARKS.md); only the property {@code jdk.httpclient.bufsize}, which is JVM-wide,
 * changes that. The hop carries no credentials, so another library costs nothing in
 * safety, with one exception: {@code HttpURLConnection} sends the cookies of the JVM-wide
 * {@link CookieHandler} when an application has installed one. Then the client's own
 * factory, whose cookie store is off, is used instead.
 */
final class MediaHopRequestFactory implements ClientHttpRequestFactory {

	private final ClientHttpRequestFactory urlConnection;

	private final ClientHttpRequestFactory fallback;

	MediaHopRequestFactory(ClientHttpRequestFactory urlConnection, ClientHttpRequestFactory fallback) {
		this.urlConnection = urlConnection;
		this.fallback = fallback;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		// Read per request: an application may install a handler after start-up.
		ClientHttpRequestFactory factory = (CookieHandler.getDefault() == null) ? this.urlConnection : this.fallback;
		return factory.createRequest(uri, httpMethod);
	}

}
