package io.github.springconfluence.benchmarks;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * The HTTP library under a {@link RestClient}, chosen explicitly for both sides of every
 * comparison: with Apache HttpClient 5 on the class path, Boot's {@code detect()} would
 * pick it for both, so the JDK rows would silently measure HttpClient 5.
 */
enum HttpLibrary {

	/**
	 * The JDK's {@code java.net.http.HttpClient}: through Spring's factory for a plain
	 * client, and through the starter's own factory on the same {@code HttpClient}
	 * ({@code JdkSendingRequestFactory}) for the starter.
	 */
	JDK("jdk", "org.springframework.http.client.JdkClientHttpResponse",
			"io.github.springconfluence.autoconfigure.JdkSendingRequestFactory$Response"),

	/** Apache HttpClient 5, classic (blocking) API. */
	HTTP_COMPONENTS("http-components", "org.springframework.http.client.HttpComponentsClientHttpResponse");

	private final String factory;

	private final List<String> responseClasses;

	HttpLibrary(String factory, String... responseClasses) {
		this.factory = factory;
		this.responseClasses = List.of(responseClasses);
	}

	/**
	 * The value of {@code spring.http.clients.imperative.factory} that selects this
	 * library for Boot's {@code RestClient.Builder} and for the starter.
	 * @return the property value
	 */
	String factoryProperty() {
		return this.factory;
	}

	/**
	 * The application property that selects this library.
	 * @return {@code name=value}
	 */
	String property() {
		return "spring.http.clients.imperative.factory=" + this.factory;
	}

	ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder() {
		return (this == JDK) ? ClientHttpRequestFactoryBuilder.jdk() : ClientHttpRequestFactoryBuilder.httpComponents();
	}

	/** A short label for result rows. */
	String label() {
		return (this == JDK) ? "JDK HttpClient" : "HttpClient 5";
	}

	/**
	 * Fails unless a real request through {@code client}'s request factory comes back as
	 * a response of this library. A copy of the client ({@code mutate()} keeps its
	 * request factory) gets one more, innermost interceptor that sees the library's own
	 * response.
	 * @param what the client's name, for the message
	 * @param client the client to check
	 * @param path a path that answers 200
	 */
	void verify(String what, RestClient client, String path) {
		verifyResponseClass(what, client, path, this.responseClasses);
	}

	static void verifyResponseClass(String what, RestClient client, String path, List<String> expected) {
		String actual = responseClass(client, path);
		if (!expected.contains(actual)) {
			throw new IllegalStateException(
					what + " was meant to answer with one of " + expected + " but its response is a " + actual);
		}
	}

	/**
	 * The class of the library's own response to a real request through {@code client}'s
	 * request factory.
	 * @param client the client
	 * @param path a path that answers 200
	 * @return the response's class name
	 */
	static String responseClass(RestClient client, String path) {
		AtomicReference<String> seen = new AtomicReference<>();
		client.mutate().requestInterceptor((request, body, execution) -> {
			ClientHttpResponse response = execution.execute(request, body);
			seen.set(response.getClass().getName());
			return response;
		}).build().get().uri(path).retrieve().toBodilessEntity();
		return seen.get();
	}

	static HttpLibrary parse(String value) {
		for (HttpLibrary library : values()) {
			if (library.factory.equals(value) || library.name().equalsIgnoreCase(value)) {
				return library;
			}
		}
		throw new IllegalArgumentException("Unknown HTTP library " + value);
	}

}
