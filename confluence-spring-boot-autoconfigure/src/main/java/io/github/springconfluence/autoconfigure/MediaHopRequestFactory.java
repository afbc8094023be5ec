package io.github.springconfluence.autoconfigure;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * The request factory of the credential-free hop to Atlassian's media host when the
 * Confluence client is on the JDK {@code HttpClient} with the JDK's connection defaults:
 * {@code HttpURLConnection}, with the Confluence timeouts.
 * <p>
 * The JDK {@code HttpClient} allocates a fresh 16 KiB buffer for every socket read and
 * streamed a 200 MiB download at about half the speed of {@code HttpURLConnection} (see
 * BENCHMARKS.md); only the property {@code jdk.httpclient.bufsize}, which is JVM-wide,
 * changes that. The hop carries no credentials, so another library costs nothing in
 * safety as long as {@code HttpURLConnection} is kept from the JVM-wide state it would
 * otherwise consult: every connection gets an authenticator that answers no challenge (a
 * default {@link Authenticator} would otherwise be asked for credentials on a 401 from
 * another host), no response cache, the default SSL context and strict host-name checks
 * (not whatever {@code HttpsURLConnection.setDefault...} installed), and no redirects. A
 * JVM-wide {@link CookieHandler} cannot be turned off per connection, so while one is
 * installed the client's own factory, whose cookie store is off, is used instead.
 */
final class MediaHopRequestFactory implements ClientHttpRequestFactory {

	private static final Authenticator NO_CREDENTIALS = new Authenticator() {

		@Override
		protected PasswordAuthentication getPasswordAuthentication() {
			return null;
		}

	};

	private final ClientHttpRequestFactory urlConnection;

	private final ClientHttpRequestFactory fallback;

	MediaHopRequestFactory(Duration connectTimeout, Duration readTimeout, ClientHttpRequestFactory fallback) {
		UrlConnectionFactory factory = new UrlConnectionFactory();
		factory.setConnectTimeout(connectTimeout);
		factory.setReadTimeout(readTimeout);
		this.urlConnection = factory;
		this.fallback = fallback;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		// Read per request: an application may install a handler after start-up.
		ClientHttpRequestFactory factory = (CookieHandler.getDefault() == null) ? this.urlConnection : this.fallback;
		return factory.createRequest(uri, httpMethod);
	}

	/** {@code HttpURLConnection} kept from the JVM-wide defaults, as described above. */
	private static final class UrlConnectionFactory extends SimpleClientHttpRequestFactory {

		@Override
		protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
			super.prepareConnection(connection, httpMethod);
			connection.setInstanceFollowRedirects(false);
			connection.setUseCaches(false);
			connection.setAuthenticator(NO_CREDENTIALS);
			if (connection instanceof HttpsURLConnection https) {
				try {
					https.setSSLSocketFactory(SSLContext.getDefault().getSocketFactory());
				}
				catch (NoSuchAlgorithmException ex) {
					throw new IOException("No default SSL context for the media host", ex);
				}
				// Consulted only when the certificate does not match the host: refuse
				// then.
				https.setHostnameVerifier((host, session) -> false);
			}
		}

	}

}
