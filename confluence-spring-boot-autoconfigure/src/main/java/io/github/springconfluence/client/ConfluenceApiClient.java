package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Supplier;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * JSON calls to Confluence's REST API over the authenticated {@code confluenceRestClient}, with
 * one failure contract: every problem (an error status, a redirect off the origin, a transport
 * failure, a timeout, a body that is not the expected JSON) surfaces as a
 * {@link ConfluenceException} carrying the status and {@code ATL-TraceId}.
 * <p>
 * Thread-safe. Use it, or the {@code confluenceRestClient} itself, for endpoints that the
 * starter's services do not cover. Paths are Atlassian's documented ones
 * ({@code /wiki/api/v2/...}, {@code /wiki/rest/api/...}), relative to the site root.
 */
public final class ConfluenceApiClient {

	/** The header that Confluence's XSRF protection expects on writes. */
	static final String XSRF_HEADER = "X-Atlassian-Token";

	private final RestClient restClient;

	private final ConfluenceBaseUrl baseUrl;

	/**
	 * Creates a client.
	 * @param restClient the authenticated Confluence {@link RestClient}, whose base URL is
	 * {@code baseUrl}'s root
	 * @param baseUrl the site's base URL, used to resolve pagination links
	 */
	public ConfluenceApiClient(RestClient restClient, ConfluenceBaseUrl baseUrl) {
		this.restClient = restClient;
		this.baseUrl = baseUrl;
	}

	/**
	 * Returns the base URL this client talks to.
	 * @return the base URL
	 */
	public ConfluenceBaseUrl baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Returns a client for the same site whose requests are made once, never retried: for
	 * callers that must answer promptly, such as the health check.
	 * @return a client without the {@link RetryInterceptor}
	 */
	public ConfluenceApiClient withoutRetries() {
		RestClient once = this.restClient.mutate()
			.requestInterceptors((interceptors) -> interceptors.removeIf(RetryInterceptor.class::isInstance))
			.build();
		return new ConfluenceApiClient(once, this.baseUrl);
	}

	/**
	 * Sends a GET request to a path relative to the site root.
	 * @param <T> the body type
	 * @param uriTemplate a URI template such as {@code /wiki/api/v2/spaces/{id}}
	 * @param type the body type
	 * @param uriVariables the template's variables, encoded strictly
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> get(String uriTemplate, Class<T> type, Object... uriVariables) {
		return exchange(HttpMethod.GET, () -> this.restClient.get().uri(uriTemplate, uriVariables), type);
	}

	/**
	 * Sends a GET request to an absolute URI, such as a resolved pagination link.
	 * @param <T> the body type
	 * @param uri the absolute URI, on the configured origin
	 * @param type the body type
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> get(URI uri, Class<T> type) {
		if (!this.baseUrl.isSameOrigin(uri)) {
			throw new ConfluenceException("Refusing to send Confluence credentials to " + uri.getScheme() + "://"
					+ uri.getRawAuthority() + ", which is not the origin of confluence.base-url", 0, null, null);
		}
		LinkTemplate link = LinkTemplate.of(uri, this.baseUrl.root());
		if (link == null) {
			return exchange(HttpMethod.GET, () -> this.restClient.get().uri(uri), type);
		}
		return exchange(HttpMethod.GET, () -> this.restClient.get().uri(link.template(), link.variables().toArray()),
				type);
	}

	/**
	 * Sends a write with a JSON body and Confluence's XSRF header
	 * ({@code X-Atlassian-Token: no-check}, without which some sites answer 403).
	 * @param <T> the body type
	 * @param method the method, such as POST, PUT or DELETE
	 * @param body the object to send as JSON, or {@code null} for no body
	 * @param type the response body type
	 * @param uriTemplate a URI template relative to the site root
	 * @param uriVariables the template's variables
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> send(HttpMethod method, @Nullable Object body, Class<T> type, String uriTemplate,
			Object... uriVariables) {
		return exchange(method, () -> {
			RestClient.RequestBodySpec spec = this.restClient.method(method)
				.uri(uriTemplate, uriVariables)
				.header(XSRF_HEADER, "no-check");
			if (body != null) {
				spec.contentType(MediaType.APPLICATION_JSON).body(ConfluenceJson.mapper().writeValueAsBytes(body));
			}
			return spec;
		}, type);
	}

	private <T> ConfluenceResponse<T> exchange(HttpMethod method, Supplier<RestClient.RequestHeadersSpec<?>> request,
			Class<T> type) {
		try {
			return request.get().exchange((sent, response) -> read(method, sent.getURI(), response, type), true);
		}
		catch (ConfluenceException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			// The request got through but reading the response failed (the transport interceptor
			// maps failures before a response).
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw ConfluenceExceptionFactory.transportFailure(method, this.baseUrl.root(), cause);
		}
		catch (RestClientException | IllegalArgumentException | JacksonException ex) {
			throw new ConfluenceException("Calling Confluence at " + this.baseUrl + " failed: " + ex.getMessage(), 0,
					null, ex);
		}
	}

	private <T> ConfluenceResponse<T> read(HttpMethod method, URI uri, ClientHttpResponse response, Class<T> type)
			throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = response.getHeaders();
		if (status >= 300) {
			throw ConfluenceExceptionFactory.fromResponse(method, uri, response);
		}
		String traceId = headers.getFirst(ConfluenceExceptionFactory.TRACE_ID_HEADER);
		MediaType contentType = ConfluenceExceptionFactory.contentType(headers);
		if (contentType != null && !isJson(contentType)) {
			String text = ConfluenceErrorMessage.extract(contentType, ConfluenceExceptionFactory.readBounded(response));
			throw new ConfluenceResponseFormatException("Confluence answered " + status + " to "
					+ ConfluenceExceptionFactory.describe(method, uri) + " with " + contentType
					+ " instead of JSON (a proxy or login page?)" + ((text != null) ? ": " + text : "")
					+ ConfluenceExceptionFactory.traceSuffix(traceId), status, traceId, null);
		}
		try (InputStream body = response.getBody()) {
			T value = ConfluenceJson.mapper().readValue(body, type);
			if (value == null) {
				throw new ConfluenceResponseFormatException("Confluence answered " + status + " to "
						+ ConfluenceExceptionFactory.describe(method, uri) + " with an empty JSON body"
						+ ConfluenceExceptionFactory.traceSuffix(traceId), status, traceId, null);
			}
			return new ConfluenceResponse<>(status, headers, value);
		}
		catch (JacksonIOException ex) {
			throw new ConfluenceResponseFormatException("Confluence's response to "
					+ ConfluenceExceptionFactory.describe(method, uri) + " (" + status
					+ ") was cut off, or stalled longer than confluence.read-timeout, while reading it: "
					+ ex.getOriginalMessage()
					+ ConfluenceExceptionFactory.traceSuffix(traceId), status, traceId, ex);
		}
		catch (JacksonException ex) {
			throw new ConfluenceResponseFormatException("Confluence answered " + status + " to "
					+ ConfluenceExceptionFactory.describe(method, uri) + " with a body that is not the expected JSON: "
					+ ex.getOriginalMessage() + ConfluenceExceptionFactory.traceSuffix(traceId), status, traceId, ex);
		}
	}

	private static boolean isJson(MediaType contentType) {
		return contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
				|| contentType.getSubtype().endsWith("+json");
	}

}
