package io.github.springconfluence.autoconfigure;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient.Redirect;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCookieStore;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Builds the Confluence client's request factory with everything the HTTP library would
 * do by itself turned off: its own retries, its own redirect following and its cookie
 * store.
 * <p>
 * The starter's interceptors own these decisions. A library that retries on its own
 * multiplies the starter's retries, and Apache HttpClient 5 even honours an unbounded
 * {@code Retry-After} (a 429 with {@code Retry-After: 3600} parked the caller for an
 * hour) before any interceptor sees the response. A library that follows redirects may
 * carry the credentials to another origin. A cookie store would hand Confluence's cookies
 * back to it, and to a later hop.
 * <p>
 * The changes are added through Spring Boot's builder for each library, after the
 * application's own customizers (Boot's {@code with...Customizer} methods compose, they
 * do not replace), so the application's settings are kept except where they would break
 * these guarantees. They apply to the Confluence client only: the builder is immutable
 * and the application's other clients never see the result. Each library is touched in
 * its own nested class, so that only the library in use is ever loaded.
 */
final class HttpLibraryDefaults {

	private static final Log logger = LogFactory.getLog(HttpLibraryDefaults.class);

	private HttpLibraryDefaults() {
	}

	/**
	 * Builds the request factory of the Confluence client.
	 * @param builder the application's builder, or Boot's detected one
	 * @param settings the Confluence timeouts, with redirects off
	 * @return the request factory
	 */
	static ClientHttpRequestFactory requestFactory(ClientHttpRequestFactoryBuilder<?> builder,
			HttpClientSettings settings) {
		ClientHttpRequestFactory requestFactory = confine(builder).build(settings);
		CredentialLoggers.warnIfEnabled();
		// Spring's own JDK factory only (not an application's subclass of it), from
		// Boot's JDK builder.
		if (builder instanceof JdkClientHttpRequestFactoryBuilder
				&& requestFactory.getClass() == JdkClientHttpRequestFactory.class && settings.readTimeout() != null) {
			return JdkSendingRequestFactory.wrap((JdkClientHttpRequestFactory) requestFactory, settings.readTimeout());
		}
		boolean translateTimeouts = builder instanceof ReactorClientHttpRequestFactoryBuilder
				|| builder instanceof JettyClientHttpRequestFactoryBuilder;
		return translateTimeouts ? new ReadTimeoutTranslation(requestFactory) : requestFactory;
	}

	/**
	 * Builds the request factory of the credential-free hop to Atlassian's media host:
	 * {@code HttpURLConnection} when the client is on the JDK {@code HttpClient} and
	 * connects as {@code HttpURLConnection} would (no SSL bundle, proxy, authenticator or
	 * SSL context of the application's: see {@link MediaHopRequestFactory}), otherwise
	 * the client's own, so that the hop never connects differently from the client.
	 * @param settings the Confluence timeouts, with redirects off
	 * @param clientRequestFactory the client's request factory
	 * @return the request factory for the hop
	 */
	static ClientHttpRequestFactory credentialFreeRequestFactory(HttpClientSettings settings,
			ClientHttpRequestFactory clientRequestFactory) {
		if (clientRequestFactory instanceof JdkSendingRequestFactory jdk && settings.sslBundle() == null
				&& settings.connectTimeout() != null && settings.readTimeout() != null
				&& jdk.connectsWithJdkDefaults()) {
			return new MediaHopRequestFactory(settings.connectTimeout(), settings.readTimeout(), clientRequestFactory);
		}
		return clientRequestFactory;
	}

	static ClientHttpRequestFactoryBuilder<?> confine(ClientHttpRequestFactoryBuilder<?> builder) {
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
			return HttpComponents.confine(httpComponents);
		}
		if (builder instanceof JettyClientHttpRequestFactoryBuilder jetty) {
			return Jetty.confine(jetty);
		}
		if (builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return Reactor.confine(reactor);
		}
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			return Jdk.confine(jdk);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Using " + builder.getClass().getName() + " for the Confluence client as it is: the starter"
					+ " cannot turn off retries, redirects or cookies of an HTTP library it does not know");
		}
		return builder;
	}

	/** Apache HttpClient 5 (classic). */
	private static final class HttpComponents {

		static ClientHttpRequestFactoryBuilder<?> confine(HttpComponentsClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer(HttpComponents::customize);
		}

		private static void customize(HttpClientBuilder client) {
			// DefaultHttpRequestRetryStrategy retries 429 and 503 honouring Retry-After
			// without
			// an upper bound, and idempotent requests after I/O failures: the whole exec
			// is removed.
			client.disableAutomaticRetries();
			// Boot's DONT_FOLLOW installs a strategy that never redirects; removing the
			// redirect
			// exec as well keeps it so when an application customizer set its own
			// strategy.
			client.disableRedirectHandling();
			// A BasicCookieStore per client is the default: Set-Cookie would be sent
			// back.
			client.disableCookieManagement();
		}

	}

	/** The Jetty client (12). */
	private static final class Jetty {

		static ClientHttpRequestFactoryBuilder<?> confine(JettyClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer(Jetty::customize);
		}

		private static void customize(HttpClient client) {
			// Boot sets this for DONT_FOLLOW; set again in case an application customizer
			// turned it on, since RedirectProtocolHandler follows whatever the client
			// says.
			client.setFollowRedirects(false);
			// Jetty installs an in-memory HttpCookieStore.Default at start unless one is
			// set.
			client.setHttpCookieStore(new HttpCookieStore.Empty());
			// Jetty adds its own User-Agent next to the starter's, and Confluence would
			// get both.
			client.setUserAgentField(null);
			// Jetty has no automatic retry; its RedirectCache (12.1) stays unset, so no
			// request is rewritten to a remembered redirect target.
		}

	}

	/** Reactor Netty. */
	private static final class Reactor {

		static ClientHttpRequestFactoryBuilder<?> confine(ReactorClientHttpRequestFactoryBuilder builder) {
			// Reactor Netty documents one retry of a request aborted at the TCP level;
			// the
			// faults tested here did not provoke it, but the starter's retries must be
			// the only
			// ones. It keeps no cookies unless told to.
			return builder.withHttpClientCustomizer((client) -> client.disableRetry(true).followRedirect(false));
		}

	}

	/** The JDK {@code HttpClient}. */
	private static final class Jdk {

		static ClientHttpRequestFactoryBuilder<?> confine(JdkClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer((client) -> client.followRedirects(Redirect.NEVER)
				// No cookie handler is the JDK's default, but an application-wide
				// customizer may
				// have set a shared one: this one stores nothing and so sends nothing.
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_NONE)));
		}

	}

}
