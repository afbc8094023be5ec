package io.github.springconfluence.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;

import io.github.springconfluence.client.ConfluenceBaseUrl;
import io.github.springconfluence.client.ConfluenceConnection;
import io.github.springconfluence.client.ConfluenceRestClientConfigurer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The authentication interceptor's cost per request (the header is encoded once, when the
 * client is built), against encoding {@code email:token} on every request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuthHeaderBenchmark {

	private static final String EMAIL = "jörg.müller@example.com";

	private static final String TOKEN = "ATATT3xFfGF0T0k3n-0123456789abcdefghijklmnopqrstuvwxyz_0123456789ABCDEFGHIJ=ABCDEF12";

	private static final byte[] NO_BODY = new byte[0];

	private static final ClientHttpRequestExecution SENT = (request, body) -> null;

	private final ClientHttpRequestInterceptor interceptor = authInterceptor();

	private final Request request = new Request(URI.create("https://example.atlassian.net/wiki/api/v2/spaces/98305"));

	@Benchmark
	public ClientHttpResponse interceptor() throws IOException {
		return this.interceptor.intercept(this.request, NO_BODY, SENT);
	}

	@Benchmark
	public ClientHttpResponse encodedOnEveryRequest() throws IOException {
		this.request.getHeaders()
			.set(HttpHeaders.AUTHORIZATION,
					"Basic " + HttpHeaders.encodeBasicAuth(EMAIL, TOKEN, StandardCharsets.UTF_8));
		return SENT.execute(this.request, NO_BODY);
	}

	/**
	 * The starter's authentication interceptor, which is package-private: taken from a
	 * client builder that the public configurer set up, where it is the innermost (last)
	 * interceptor.
	 */
	private static ClientHttpRequestInterceptor authInterceptor() {
		ConfluenceConnection connection = new ConfluenceConnection(
				ConfluenceBaseUrl.parse("https://example.atlassian.net"), EMAIL, TOKEN);
		RestClient.Builder builder = ConfluenceRestClientConfigurer
			.builder(connection, new JdkClientHttpRequestFactory())
			.build()
			.configure(RestClient.builder());
		AtomicReference<ClientHttpRequestInterceptor> last = new AtomicReference<>();
		builder.requestInterceptors((interceptors) -> last.set(interceptors.get(interceptors.size() - 1)));
		return last.get();
	}

	/** A request that only carries headers. */
	static final class Request implements HttpRequest {

		private final URI uri;

		private final HttpHeaders headers = new HttpHeaders();

		private final Map<String, Object> attributes = new HashMap<>();

		Request(URI uri) {
			this.uri = uri;
		}

		@Override
		public HttpMethod getMethod() {
			return HttpMethod.GET;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
