package io.github.springconfluence.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Requests whose bodies must not be buffered: multipart uploads, and the credential-free
 * hop of a download to Atlassian's media host.
 * <p>
 * Spring's {@code RestClient} copies every request body into a byte array once it has
 * interceptors, so a 2 GB upload through the {@code confluenceRestClient} would need 2 GB
 * of heap. These requests go straight to the HTTP library's request factory instead,
 * through the same interceptors the client uses (transport-failure mapping, retries,
 * rate-limit observation, authentication to the configured origin only), applied here
 * around a final step that streams the body. Redirects are not followed for uploads: a
 * 3xx reaches the caller, which refuses it.
 */
final class StreamingTransport {

	private final ConfluenceConnection connection;

	private final ClientHttpRequestFactory requestFactory;

	private final ClientHttpRequestFactory credentialFreeRequestFactory;

	private final RetryPolicy retryPolicy;

	private final ConfluenceClientMetrics metrics;

	private final RateLimitInterceptor rateLimit;

	StreamingTransport(ConfluenceConnection connection, ClientHttpRequestFactory requestFactory,
			ClientHttpRequestFactory credentialFreeRequestFactory, RetryPolicy retryPolicy,
			ConfluenceClientMetrics metrics, RateLimitInterceptor rateLimit) {
		this.connection = connection;
		this.requestFactory = requestFactory;
		this.credentialFreeRequestFactory = credentialFreeRequestFactory;
		this.retryPolicy = retryPolicy;
		this.metrics = metrics;
		this.rateLimit = rateLimit;
	}

	ConfluenceBaseUrl baseUrl() {
		return this.connection.baseUrl();
	}

	StreamingTransport withoutRetries() {
		return new StreamingTransport(this.connection, this.requestFactory, this.credentialFreeRequestFactory,
				RetryPolicy.NONE, this.metrics, this.rateLimit);
	}

	/**
	 * Sends an authenticated request to the configured origin. A body is retried only
	 * when it can be read again; what the retry policy allows for the method applies on
	 * top.
	 */
	ClientHttpResponse send(HttpMethod method, URI uri, HttpHeaders headers, @Nullable ConfluenceMultipart body) {
		RetryPolicy policy = (body == null || body.isRepeatable()) ? this.retryPolicy : RetryPolicy.NONE;
		List<ClientHttpRequestInterceptor> chain = List.of(new TransportFailureInterceptor(),
				new RetryInterceptor(policy, this.metrics), this.rateLimit,
				new ConfluenceBasicAuthInterceptor(this.connection));
		return execute(chain, new OutgoingRequest(method, uri, headers), body, this.requestFactory);
	}

	/**
	 * Sends a GET without credentials, to a host that authenticates by a token in the URL
	 * (Atlassian's media host). Only the given headers are sent: nothing the Confluence
	 * client's builder or customizers added, and the request factory keeps no cookies.
	 */
	ClientHttpResponse getWithoutCredentials(URI uri, HttpHeaders headers) {
		List<ClientHttpRequestInterceptor> chain = List.of(new TransportFailureInterceptor(),
				new RetryInterceptor(this.retryPolicy, this.metrics));
		return execute(chain, new OutgoingRequest(HttpMethod.GET, uri, headers), null,
				this.credentialFreeRequestFactory);
	}

	private ClientHttpResponse execute(List<ClientHttpRequestInterceptor> interceptors, HttpRequest request,
			@Nullable ConfluenceMultipart body, ClientHttpRequestFactory factory) {
		ClientHttpRequestExecution execution = (current, ignored) -> send(factory, current, body);
		for (int i = interceptors.size() - 1; i >= 0; i--) {
			execution = interceptors.get(i).apply(execution);
		}
		try {
			return execution.execute(request, new byte[0]);
		}
		catch (IOException ex) {
			// TransportFailureInterceptor maps every I/O failure; this is only for the
			// compiler.
			throw ConfluenceExceptionFactory.transportFailure(request.getMethod(), request.getURI(), ex);
		}
	}

	private static ClientHttpResponse send(ClientHttpRequestFactory factory, HttpRequest request,
			@Nullable ConfluenceMultipart body) throws IOException {
		ClientHttpRequest outgoing = factory.createRequest(request.getURI(), request.getMethod());
		outgoing.getHeaders().putAll(request.getHeaders());
		if (body != null) {
			long length = body.contentLength();
			if (length >= 0) {
				outgoing.getHeaders().setContentLength(length);
			}
			if (outgoing instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(new StreamingHttpOutputMessage.Body() {

					@Override
					public void writeTo(OutputStream out) throws IOException {
						body.writeTo(out);
					}

					@Override
					public boolean repeatable() {
						return body.isRepeatable();
					}

				});
			}
			else {
				body.writeTo(outgoing.getBody());
			}
		}
		return outgoing.execute();
	}

	/**
	 * A request as the interceptors see it; each attempt is sent as a new library
	 * request.
	 */
	private static final class OutgoingRequest implements HttpRequest {

		private final HttpMethod method;

		private final URI uri;

		private final HttpHeaders headers;

		private final Map<String, Object> attributes = new HashMap<>();

		OutgoingRequest(HttpMethod method, URI uri, HttpHeaders headers) {
			this.method = method;
			this.uri = uri;
			this.headers = headers;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

	}

}
