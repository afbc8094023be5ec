package io.github.springconfluence.transport;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

/**
 * The HTTP libraries Spring Boot can pick for a {@code RestClient}, with the value of
 * {@code spring.http.clients.imperative.factory} that selects each and the request
 * factory the Confluence client must then run on.
 */
enum HttpLibrary {

	/**
	 * The JDK client sends a GET or HEAD a second time, once, when its connection closes
	 * before any response byte ({@code MultiExchange} retries a
	 * {@code ConnectionExpiredException}). It has no API to turn that off, per client or
	 * globally; it never does it for other methods (unless the JVM sets
	 * {@code jdk.httpclient.enableAllMethodRetry}).
	 */
	JDK("JDK HttpClient", "jdk", JdkClientHttpRequestFactory.class, 2, 1),

	HTTP_COMPONENTS("Apache HttpClient 5", "http-components", HttpComponentsClientHttpRequestFactory.class, 1, 1),

	/**
	 * Like Reactor Netty, the Jetty client returns a connection to its pool
	 * asynchronously.
	 */
	JETTY("Jetty client", "jetty", JettyClientHttpRequestFactory.class, 1, 2),

	/**
	 * Reactor Netty returns a connection to its pool asynchronously, after the response
	 * is closed, so the next call can start before it is back and open a second
	 * connection; the two are then reused in turn (seen about every other run).
	 */
	REACTOR_NETTY("Reactor Netty", "reactor", ReactorClientHttpRequestFactory.class, 1, 2);

	private final String displayName;

	private final String factoryProperty;

	private final Class<? extends ClientHttpRequestFactory> requestFactoryType;

	private final int sendsOfAGetOnAClosedConnection;

	private final int connectionsForSequentialCalls;

	HttpLibrary(String displayName, String factory, Class<? extends ClientHttpRequestFactory> requestFactoryType,
			int sendsOfAGetOnAClosedConnection, int connectionsForSequentialCalls) {
		this.displayName = displayName;
		this.sendsOfAGetOnAClosedConnection = sendsOfAGetOnAClosedConnection;
		this.connectionsForSequentialCalls = connectionsForSequentialCalls;
		this.factoryProperty = "spring.http.clients.imperative.factory=" + factory;
		this.requestFactoryType = requestFactoryType;
	}

	/**
	 * The property that makes Spring Boot pick this library, whatever else is on the
	 * class path.
	 */
	String factoryProperty() {
		return this.factoryProperty;
	}

	Class<? extends ClientHttpRequestFactory> requestFactoryType() {
		return this.requestFactoryType;
	}

	/**
	 * How many times the library itself sends a GET whose connection closes without a
	 * response.
	 */
	int sendsOfAGetOnAClosedConnection() {
		return this.sendsOfAGetOnAClosedConnection;
	}

	/** How many connections, at most, a run of sequential calls uses. */
	int connectionsForSequentialCalls() {
		return this.connectionsForSequentialCalls;
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
