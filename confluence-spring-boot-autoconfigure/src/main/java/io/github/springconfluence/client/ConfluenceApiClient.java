package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Calls to Confluence's REST API, v1 and v2, with one failure contract: every problem (an
 * error status, a redirect off the origin, a transport failure, a timeout, a body that is
 * not the expected JSON, a download cut short) surfaces as a {@link ConfluenceException}
 * carrying the status, Confluence's own message and the {@code ATL-TraceId}.
 * <p>
 * It is what the starter's services stand on, and the entry point for endpoints they do
 * not cover. Paths are Atlassian's documented ones ({@code /wiki/api/v2/...},
 * {@code /wiki/rest/api/...}), relative to the site root, written as URI templates whose
 * variables are encoded strictly (a value can never add a path segment or a parameter):
 * <ul>
 * <li>{@link #get(String, Class, Object...) get} and
 * {@link #send(HttpMethod, Object, Class, String, Object...) send} JSON, typed by
 * {@link Class} or {@link ParameterizedTypeReference}; {@link Void} reads a response
 * without a body, such as the 204 of a v2 delete. Writes carry
 * {@code X-Atlassian-Token: no-check}.</li>
 * <li>{@link #stream(String, Class, BiFunction, Object...) stream} reads any paged list
 * lazily, v1 or v2, following {@code _links.next} or the {@code Link} header with a
 * gateway prefix kept, never {@code /wiki/wiki}, never to another origin, and never in a
 * loop.</li>
 * <li>{@link #upload upload} sends {@code multipart/form-data} streamed from
 * {@link org.springframework.core.io.Resource}s, retried only when they can be read
 * again.</li>
 * <li>{@link #open(String, Object...) open} and
 * {@link #download(String, OutputStream, Object...) download} stream a binary body,
 * following the redirect of an attachment download to Atlassian's media host
 * <b>without</b> credentials, over https only.</li>
 * </ul>
 * Thread-safe. Created by {@link ConfluenceRestClientConfigurer#apiClient(RestClient)}.
 */
public final class ConfluenceApiClient {

	/** The header that Confluence's XSRF protection expects on writes. */
	static final String XSRF_HEADER = "X-Atlassian-Token";

	/** Media-host hops followed after the first response of a download. */
	static final int MAX_DOWNLOAD_HOPS = 3;

	private static final JavaType VOID = ConfluenceJson.mapper().constructType(Void.class);

	/**
	 * Readers that leave the body open, one per type. The response's own close then
	 * drains and releases it; closing the body first made Spring's JDK response drain a
	 * closed stream, which built and swallowed an {@code IOException} on every successful
	 * call.
	 */
	private static final Map<JavaType, ObjectReader> READERS = new ConcurrentHashMap<>();

	private final RestClient restClient;

	private final StreamingTransport transport;

	private final ConfluenceBaseUrl baseUrl;

	private final DefaultUriBuilderFactory uriFactory;

	ConfluenceApiClient(RestClient restClient, StreamingTransport transport) {
		this.restClient = restClient;
		this.transport = transport;
		this.baseUrl = transport.baseUrl();
		// The same strict expansion as RestClient's own default (templates and values
		// encoded).
		this.uriFactory = new DefaultUriBuilderFactory(this.baseUrl.root().toString());
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
	 * @return a client without retries
	 */
	public ConfluenceApiClient withoutRetries() {
		RestClient once = this.restClient.mutate()
			.requestInterceptors((interceptors) -> interceptors.removeIf(RetryInterceptor.class::isInstance))
			.build();
		return new ConfluenceApiClient(once, this.transport.withoutRetries());
	}

	/**
	 * Sends a GET request.
	 * @param <T> the body type
	 * @param uriTemplate a URI template such as {@code /wiki/api/v2/spaces/{id}}
	 * @param type the body type, {@code Void.class} for none
	 * @param uriVariables the template's variables, encoded strictly
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> get(String uriTemplate, Class<T> type, Object... uriVariables) {
		return get(uriTemplate, constructType(type), uriVariables);
	}

	/**
	 * Sends a GET request for a generic body type, such as {@code Map<String, Object>}.
	 * @param <T> the body type
	 * @param uriTemplate a URI template such as {@code /wiki/api/v2/spaces/{id}}
	 * @param type the body type
	 * @param uriVariables the template's variables, encoded strictly
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> get(String uriTemplate, ParameterizedTypeReference<T> type,
			Object... uriVariables) {
		return get(uriTemplate, constructType(type), uriVariables);
	}

	private <T> ConfluenceResponse<T> get(String uriTemplate, JavaType type, Object... uriVariables) {
		return exchange(HttpMethod.GET, () -> this.restClient.get().uri(uriTemplate, uriVariables),
				(uri, response) -> read(HttpMethod.GET, uri, response, type));
	}

	/**
	 * Sends a GET request to an absolute URI on the configured origin, such as a link
	 * that Confluence returned.
	 * @param <T> the body type
	 * @param uri the absolute URI
	 * @param type the body type
	 * @return the response
	 * @throws ConfluenceException on any failure, or when the URI is on another origin
	 */
	public <T> ConfluenceResponse<T> get(URI uri, Class<T> type) {
		return get(uri, constructType(type));
	}

	private <T> ConfluenceResponse<T> get(URI uri, JavaType type) {
		if (!this.baseUrl.isSameOrigin(uri)) {
			throw new ConfluenceException("Refusing to send Confluence credentials to " + uri.getScheme() + "://"
					+ uri.getRawAuthority() + ", which is not the origin of confluence.base-url", 0, null, null);
		}
		// Requested as a template, so that metrics see /wiki/api/v2/spaces, not every
		// cursor.
		LinkTemplate link = LinkTemplate.of(uri, this.baseUrl.root());
		Supplier<RestClient.RequestHeadersSpec<?>> request = (link != null)
				? () -> this.restClient.get().uri(link.template(), link.variables().toArray())
				: () -> this.restClient.get().uri(uri);
		return exchange(HttpMethod.GET, request, (sent, response) -> read(HttpMethod.GET, sent, response, type));
	}

	/**
	 * Sends a write with a JSON body and Confluence's XSRF header
	 * ({@code X-Atlassian-Token: no-check}, without which some sites answer 403).
	 * @param <T> the body type
	 * @param method the method, such as POST, PUT or DELETE
	 * @param body the object to send as JSON, or {@code null} for no body
	 * @param type the response body type, {@code Void.class} for none (a 204)
	 * @param uriTemplate a URI template relative to the site root
	 * @param uriVariables the template's variables
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> send(HttpMethod method, @Nullable Object body, Class<T> type, String uriTemplate,
			Object... uriVariables) {
		return send(method, body, constructType(type), uriTemplate, uriVariables);
	}

	/**
	 * Sends a write with a JSON body and Confluence's XSRF header, for a generic response
	 * type.
	 * @param <T> the body type
	 * @param method the method, such as POST, PUT or DELETE
	 * @param body the object to send as JSON, or {@code null} for no body
	 * @param type the response body type
	 * @param uriTemplate a URI template relative to the site root
	 * @param uriVariables the template's variables
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> send(HttpMethod method, @Nullable Object body, ParameterizedTypeReference<T> type,
			String uriTemplate, Object... uriVariables) {
		return send(method, body, constructType(type), uriTemplate, uriVariables);
	}

	/**
	 * Sends a {@code DELETE} (with the XSRF header) and expects no body: v2 deletes
	 * answer 204, v1 ones may answer 200 or 202 with a body, which is discarded.
	 * @param uriTemplate a URI template relative to the site root
	 * @param uriVariables the template's variables
	 * @return the response, whose body is {@code null}
	 * @throws ConfluenceException on any failure
	 */
	public ConfluenceResponse<Void> delete(String uriTemplate, Object... uriVariables) {
		return send(HttpMethod.DELETE, null, VOID, uriTemplate, uriVariables);
	}

	private <T> ConfluenceResponse<T> send(HttpMethod method, @Nullable Object body, JavaType type, String uriTemplate,
			Object... uriVariables) {
		Assert.notNull(method, "method must not be null");
		return exchange(method, () -> {
			RestClient.RequestBodySpec spec = this.restClient.method(method)
				.uri(uriTemplate, uriVariables)
				.header(XSRF_HEADER, "no-check");
			if (body != null) {
				spec.contentType(MediaType.APPLICATION_JSON).body(ConfluenceJson.mapper().writeValueAsBytes(body));
			}
			return spec;
		}, (uri, response) -> read(method, uri, response, type));
	}

	/**
	 * Streams every item of a paged list, v1 or v2, as its wire type.
	 * @param <T> the item type
	 * @param uriTemplate the first page's URI template, with its {@code limit}
	 * @param itemType the JSON type of one item of {@code results}
	 * @param uriVariables the template's variables
	 * @return a lazy stream; see {@link #stream(String, Class, BiFunction, Object...)}
	 */
	public <T> Stream<T> stream(String uriTemplate, Class<T> itemType, Object... uriVariables) {
		return stream(uriTemplate, itemType, (item, context) -> item, uriVariables);
	}

	/**
	 * Streams every item of a paged list, v1 or v2, mapped as it is read.
	 * <p>
	 * No request is made until the stream is consumed; the next page is requested only
	 * when the current one is used up ({@code findFirst()} costs one request), and only
	 * one page is held in memory. The next link is {@code _links.next} or else the
	 * {@code Link} header; v2 links (site-relative, starting {@code /wiki}) and v1 links
	 * (relative to the {@code /wiki} context) both keep a gateway prefix. A link to
	 * another origin, a malformed one, or one already visited ends the stream with a
	 * {@link ConfluenceException}.
	 * @param <W> the wire type of one item of {@code results}
	 * @param <T> the mapped type
	 * @param uriTemplate the first page's URI template, with its {@code limit}
	 * @param itemType the wire type
	 * @param mapper maps an item, knowing the response that carried it; {@code null}
	 * skips it
	 * @param uriVariables the template's variables
	 * @return a sequential, lazy stream
	 */
	public <W, T> Stream<T> stream(String uriTemplate, Class<W> itemType,
			BiFunction<W, ConfluenceListContext, @Nullable T> mapper, Object... uriVariables) {
		JavaType envelope = ConfluenceJson.mapper()
			.getTypeFactory()
			.constructParametricType(ListEnvelope.class, itemType);
		return LazyListing.stream(() -> batch(get(uriTemplate, envelope, uriVariables), mapper),
				(next) -> batch(get(next, envelope), mapper));
	}

	private <W, T> Batch<T> batch(ConfluenceResponse<ListEnvelope<W>> response,
			BiFunction<W, ConfluenceListContext, @Nullable T> mapper) {
		ListEnvelope<W> envelope = response.body();
		ListEnvelope.Links links = envelope.links();
		ConfluenceListContext context = new ConfluenceListContext(this.baseUrl, response,
				(links != null) ? links.base() : null);
		List<T> items = new ArrayList<>((envelope.results() != null) ? envelope.results().size() : 0);
		if (envelope.results() != null) {
			for (W item : envelope.results()) {
				T mapped = (item != null) ? mapper.apply(item, context) : null;
				if (mapped != null) {
					items.add(mapped);
				}
			}
		}
		String next = NextLinks.next((links != null) ? links.next() : null, response.headers());
		return new Batch<>(items, (next != null) ? resolveNext(next, response) : null);
	}

	private URI resolveNext(String link, ConfluenceResponse<?> response) {
		URI next;
		try {
			next = this.baseUrl.resolve(link);
		}
		catch (IllegalArgumentException ex) {
			throw new ConfluenceResponseFormatException(
					"Confluence returned " + ex.getMessage() + " as the next page"
							+ ConfluenceExceptionFactory.traceSuffix(response.traceId()),
					response.status(), response.traceId(), ex);
		}
		if (!this.baseUrl.isSameOrigin(next)) {
			throw new ConfluenceException("Confluence returned a next-page link to another origin (" + next.getScheme()
					+ "://" + next.getRawAuthority() + "); the starter does not send credentials there. If the site "
					+ "moved, update confluence.base-url." + ConfluenceExceptionFactory.traceSuffix(response.traceId()),
					response.status(), response.traceId(), null);
		}
		return next;
	}

	/**
	 * Resolves a {@code _links.webui} link against {@code _links.base}: the URL a person
	 * opens.
	 * @param base the {@code _links.base} of the response that carried the link
	 * @param webui the {@code webui} link
	 * @return the absolute URL, or {@code null} when there is none or it cannot be known
	 * (behind the gateway without {@code _links.base})
	 */
	public @Nullable URI webUrl(@Nullable String base, @Nullable String webui) {
		return WebLinks.forBase(this.baseUrl, base).resolve(webui);
	}

	/**
	 * Sends a {@code multipart/form-data} body, streamed, with the XSRF header, such as
	 * an attachment upload ({@code PUT /wiki/rest/api/content/{id}/child/attachment}).
	 * The body is never held in memory. It is sent again on a retry only when it is
	 * {@link ConfluenceMultipart#isRepeatable() repeatable}, and only as the retry policy
	 * allows for the method (a POST is replayed after a 429 only). Redirects are not
	 * followed.
	 * @param <T> the response body type
	 * @param method the method, POST or PUT
	 * @param uriTemplate a URI template relative to the site root
	 * @param body the body
	 * @param type the response body type, {@code Void.class} for none
	 * @param uriVariables the template's variables
	 * @return the response
	 * @throws ConfluenceException on any failure
	 */
	public <T> ConfluenceResponse<T> upload(HttpMethod method, String uriTemplate, ConfluenceMultipart body,
			Class<T> type, Object... uriVariables) {
		Assert.notNull(body, "body must not be null");
		URI uri = this.uriFactory.expand(uriTemplate, uriVariables);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(body.contentType());
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		headers.set(HttpHeaders.USER_AGENT, ConfluenceUserAgent.value());
		headers.set(XSRF_HEADER, "no-check");
		ClientHttpResponse response = this.transport.send(method, uri, headers, body);
		try (response) {
			return read(method, uri, response, constructType(type));
		}
		catch (IOException ex) {
			throw ConfluenceExceptionFactory.transportFailure(method, uri, ex);
		}
	}

	/**
	 * Opens a binary download, such as an attachment's ({@code GET
	 * /wiki/rest/api/content/{pageId}/child/attachment/{id}/download}). A redirect to
	 * another host (Atlassian's media host, with a short-lived token in its query) is
	 * followed at once <b>without</b> {@code Authorization} or cookies, over https only
	 * (plain http only to a loopback address, for tests), for at most
	 * {@value #MAX_DOWNLOAD_HOPS} hops. The caller must close the download.
	 * @param uriTemplate a URI template relative to the site root
	 * @param uriVariables the template's variables
	 * @return the open download
	 * @throws ConfluenceException on any failure before the body starts
	 */
	public ConfluenceDownload open(String uriTemplate, Object... uriVariables) {
		ClientHttpResponse first = exchange(HttpMethod.GET,
				() -> this.restClient.get().uri(uriTemplate, uriVariables).accept(MediaType.ALL),
				(uri, response) -> response, false);
		URI current = this.uriFactory.expand(uriTemplate, uriVariables);
		ClientHttpResponse response = first;
		try {
			for (int hop = 0;; hop++) {
				int status = response.getStatusCode().value();
				if (status < 300) {
					return new ConfluenceDownload(response);
				}
				URI target = (status < 400) ? redirectTarget(current, response) : null;
				if (target == null || hop == MAX_DOWNLOAD_HOPS) {
					throw ConfluenceExceptionFactory.fromResponse(HttpMethod.GET, current, response);
				}
				response.close();
				HttpHeaders headers = new HttpHeaders();
				headers.setAccept(List.of(MediaType.ALL));
				headers.set(HttpHeaders.USER_AGENT, ConfluenceUserAgent.value());
				current = target;
				response = this.transport.getWithoutCredentials(target, headers);
			}
		}
		catch (IOException ex) {
			response.close();
			throw ConfluenceExceptionFactory.transportFailure(HttpMethod.GET, current, ex);
		}
		catch (RuntimeException ex) {
			response.close();
			throw ex;
		}
	}

	/**
	 * Downloads a binary body into a stream, as {@link #open(String, Object...)} does,
	 * copying it through a small buffer: memory does not grow with the file.
	 * @param uriTemplate a URI template relative to the site root
	 * @param target where the body goes; not closed
	 * @param uriVariables the template's variables
	 * @return the number of bytes written
	 * @throws ConfluenceException on any failure, including a body that ends before its
	 * announced length or a failure writing to {@code target}
	 */
	public long download(String uriTemplate, OutputStream target, Object... uriVariables) {
		Assert.notNull(target, "target must not be null");
		try (ConfluenceDownload download = open(uriTemplate, uriVariables)) {
			try (InputStream body = download.body()) {
				return body.transferTo(target);
			}
			catch (IOException ex) {
				throw new ConfluenceTransportException("Downloading " + uriTemplate + " failed midway: "
						+ ex.getMessage() + ConfluenceExceptionFactory.traceSuffix(download.traceId()), ex);
			}
		}
	}

	/**
	 * The target of a download's redirect that may be followed without credentials:
	 * https, or plain http to a loopback address. Same-origin redirects never get here
	 * (the redirect interceptor follows them, authenticated).
	 */
	private static @Nullable URI redirectTarget(URI current, ClientHttpResponse response) {
		String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
		if (location == null || location.isBlank()) {
			return null;
		}
		URI target;
		try {
			target = current.resolve(location.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		boolean https = "https".equalsIgnoreCase(target.getScheme());
		boolean loopbackHttp = "http".equalsIgnoreCase(target.getScheme())
				&& ConfluenceBaseUrl.isLoopbackHost(target.getHost());
		return (https || loopbackHttp) && target.getHost() != null ? target : null;
	}

	private static JavaType constructType(Class<?> type) {
		Assert.notNull(type, "type must not be null");
		return ConfluenceJson.mapper().constructType(type);
	}

	private static JavaType constructType(ParameterizedTypeReference<?> type) {
		Assert.notNull(type, "type must not be null");
		return ConfluenceJson.mapper().constructType(type.getType());
	}

	private <R> R exchange(HttpMethod method, Supplier<RestClient.RequestHeadersSpec<?>> request,
			ResponseReader<R> reader) {
		return exchange(method, request, reader, true);
	}

	private <R> R exchange(HttpMethod method, Supplier<RestClient.RequestHeadersSpec<?>> request,
			ResponseReader<R> reader, boolean close) {
		try {
			return request.get().exchange((sent, response) -> reader.read(sent.getURI(), response), close);
		}
		catch (ConfluenceException ex) {
			throw ex;
		}
		catch (ResourceAccessException ex) {
			// The request got through but reading the response failed (the transport
			// interceptor
			// maps failures before a response).
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw ConfluenceExceptionFactory.transportFailure(method, this.baseUrl.root(), cause);
		}
		catch (RestClientException | IllegalArgumentException | JacksonException ex) {
			throw new ConfluenceException("Calling Confluence at " + this.baseUrl + " failed: " + ex.getMessage(), 0,
					null, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private <T> ConfluenceResponse<T> read(HttpMethod method, URI uri, ClientHttpResponse response, JavaType type)
			throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = response.getHeaders();
		if (status >= 300) {
			throw ConfluenceExceptionFactory.fromResponse(method, uri, response);
		}
		String traceId = headers.getFirst(ConfluenceResponse.TRACE_ID_HEADER);
		if (type.hasRawClass(Void.class)) {
			return new ConfluenceResponse<>(status, headers, (T) null);
		}
		if (status == 204 || headers.getContentLength() == 0) {
			throw new ConfluenceResponseFormatException(
					"Confluence answered " + status + " to " + ConfluenceExceptionFactory.describe(method, uri)
							+ " without a body, where " + type.getRawClass().getSimpleName() + " was expected"
							+ ConfluenceExceptionFactory.traceSuffix(traceId),
					status, traceId, null);
		}
		MediaType contentType = isPlainJson(headers.getFirst(HttpHeaders.CONTENT_TYPE)) ? MediaType.APPLICATION_JSON
				: ConfluenceExceptionFactory.contentType(headers);
		if (contentType != null && !isJson(contentType)) {
			String text = ConfluenceErrorMessage.extract(contentType, ConfluenceExceptionFactory.readBounded(response));
			throw new ConfluenceResponseFormatException(
					"Confluence answered " + status + " to " + ConfluenceExceptionFactory.describe(method, uri)
							+ " with " + contentType + " instead of JSON (a proxy or login page?)"
							+ ((text != null) ? ": " + text : "") + ConfluenceExceptionFactory.traceSuffix(traceId),
					status, traceId, null);
		}
		try {
			T value = READERS
				.computeIfAbsent(type,
						(key) -> ConfluenceJson.mapper().readerFor(key).without(StreamReadFeature.AUTO_CLOSE_SOURCE))
				.readValue(response.getBody());
			if (value == null) {
				throw new ConfluenceResponseFormatException(
						"Confluence answered " + status + " to " + ConfluenceExceptionFactory.describe(method, uri)
								+ " with an empty JSON body" + ConfluenceExceptionFactory.traceSuffix(traceId),
						status, traceId, null);
			}
			return new ConfluenceResponse<>(status, headers, value);
		}
		catch (JacksonIOException ex) {
			throw new ConfluenceResponseFormatException(
					"Confluence's response to " + ConfluenceExceptionFactory.describe(method, uri) + " (" + status
							+ ") was cut off, or stalled longer than confluence.read-timeout, while reading it: "
							+ ex.getOriginalMessage() + ConfluenceExceptionFactory.traceSuffix(traceId),
					status, traceId, ex);
		}
		catch (JacksonException ex) {
			throw new ConfluenceResponseFormatException("Confluence answered " + status + " to "
					+ ConfluenceExceptionFactory.describe(method, uri) + " with a body that is not the expected JSON: "
					+ ex.getOriginalMessage() + ConfluenceExceptionFactory.traceSuffix(traceId), status, traceId, ex);
		}
	}

	/**
	 * Confluence's usual {@code application/json;charset=UTF-8}, recognised without
	 * parsing it.
	 */
	private static boolean isPlainJson(@Nullable String contentType) {
		return contentType != null && contentType.regionMatches(true, 0, "application/json", 0, 16)
				&& (contentType.length() == 16 || contentType.charAt(16) == ';');
	}

	private static boolean isJson(MediaType contentType) {
		return contentType.isCompatibleWith(MediaType.APPLICATION_JSON) || contentType.getSubtype().endsWith("+json");
	}

	/** Reads a response inside {@code exchange}. */
	@FunctionalInterface
	private interface ResponseReader<R> {

		R read(URI uri, ClientHttpResponse response) throws IOException;

	}

	@Override
	public String toString() {
		return "ConfluenceApiClient[" + this.baseUrl + "]";
	}

}
