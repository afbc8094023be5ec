package io.github.springconfluence.transport;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

/**
 * The HTTP libraries Spring Boot can pick for a {@code RestClient}, with the value of
 * {@code spring.http.clients.imperative.factory} that selects each and the request factory
 * the Confluence client must then run on.
 */
enum HttpLibrary {

	JDK("JDK HttpClient", "jdk", JdkClientHttpRequestFactory.class),

	HTTP_COMPONENTS("Apache HttpClient 5", "http-components", HttpComponentsClientHttpRequestFactory.class),

	JETTY("Jetty client", "jetty", JettyClientHttpRequestFactory.class),

	REACTOR_NETTY("Reactor Netty", "reactor", ReactorClientHttpRequestFactory.class);

	private final String displayName;

	private final String factoryProperty;

	private final Class<? extends ClientHttpRequestFactory> requestFactoryType;

	HttpLibrary(String displayName, String factory, Class<? extends ClientHttpRequestFactory> requestFactoryType) {
		this.displayName = displayName;
		this.factoryProperty = "spring.http.clients.imperative.factory=" + factory;
		this.requestFactoryType = requestFactoryType;
	}

	/** The property that makes Spring Boot pick this library, whatever else is on the class path. */
	String factoryProperty() {
		return this.factoryProperty;
	}

	Class<? extends ClientHttpRequestFactory> requestFactoryType() {
		return this.requestFactoryType;
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
