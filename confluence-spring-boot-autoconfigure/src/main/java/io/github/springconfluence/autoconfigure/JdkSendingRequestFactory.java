package io.github.springconfluence.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StreamUtils;

/**
 * The Confluence client's request factory on the JDK {@link HttpClient}: the same client
 * that Spring Boot built (connect timeout, SSL bundle, the application's customizers, and
 * the starter's: no redirects, no cookies), called with {@link HttpClient#send} on the
 * calling thread, with the read timeout kept for the headers and for every read of the
 * body.
 * <p>
 * Why not Spring's {@code JdkClientHttpRequestFactory} as it is: it always calls
 * {@code sendAsync}, whose completion the JDK hands to the {@code CompletableFuture}
 * default executor, which on a machine with two cores or fewer starts a new thread for
 * every request; and it guards the body with a timer per request. Measured here, both
 * made a {@code findById} cost about 1.6 times what this factory costs (see
 * BENCHMARKS.md).
 * <ul>
 * <li>Until the headers arrive: {@link HttpRequest.Builder#timeout(Duration)}, the JDK's
 * own.</li>
 * <li>A body that stalls midway: the body is handed over in a queue that the calling
 * thread polls with the read timeout, so a read that waits longer for the next chunk
 * fails with {@link HttpTimeoutException} and cancels the exchange. It is an idle timeout
 * per read, as HttpClient 5's socket timeout is, where Spring's is one deadline for the
 * whole exchange: a large download is not cut off while data flows.</li>
 * </ul>
 * Streamed request bodies (multipart uploads) go through Spring's own request, which
 * streams them; only byte-array bodies (every JSON call) take the path above.
 */
final class JdkSendingRequestFactory implements ClientHttpRequestFactory {

	private static final Log logger = LogFactory.getLog(JdkSendingRequestFactory.class);

	/**
	 * Headers the JDK client refuses to have set, skipped as Spring's factory skips them.
	 */
	private static final Set<String> DISALLOWED_HEADERS = disallowedHeaders();

	private final HttpClient httpClient;

	private final JdkClientHttpRequestFactory streaming;

	private final Duration readTimeout;

	private JdkSendingRequestFactory(HttpClient httpClient, JdkClientHttpRequestFactory streaming,
			Duration readTimeout) {
		this.httpClient = httpClient;
		this.streaming = streaming;
		this.readTimeout = readTimeout;
	}

	/**
	 * Wraps Spring's factory as Spring Boot built it. Spring keeps the {@code HttpClient}
	 * to itself; where a future version no longer has the field, Spring's factory is used
	 * as it is (slower, equally correct).
	 * @param factory the factory Spring Boot built
	 * @param readTimeout the read timeout
	 * @return the factory to use
	 */
	static ClientHttpRequestFactory wrap(JdkClientHttpRequestFactory factory, Duration readTimeout) {
		Field field = ReflectionUtils.findField(JdkClientHttpRequestFactory.class, "httpClient", HttpClient.class);
		if (field == null) {
			logger.debug("JdkClientHttpRequestFactory has no httpClient field: using it as it is");
			return factory;
		}
		try {
			ReflectionUtils.makeAccessible(field);
			HttpClient client = (HttpClient) ReflectionUtils.getField(field, factory);
			return (client != null) ? new JdkSendingRequestFactory(client, factory, readTimeout) : factory;
		}
		catch (RuntimeException ex) {
			logger.debug("Could not reach the HttpClient of JdkClientHttpRequestFactory: using it as it is", ex);
			return factory;
		}
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method);
	}

	/**
	 * Returns whether the client connects as {@code HttpURLConnection} would by default:
	 * no proxy, authenticator or SSL context of its own. Only then may the media hop
	 * leave it for {@code HttpURLConnection} ({@link MediaHopRequestFactory}) without
	 * changing where or how it connects.
	 * @return whether the client has the JDK's connection defaults
	 */
	boolean connectsWithJdkDefaults() {
		try {
			return this.httpClient.proxy().isEmpty() && this.httpClient.authenticator().isEmpty()
					&& this.httpClient.sslContext() == SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			return false;
		}
	}

	private static Set<String> disallowedHeaders() {
		TreeSet<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		headers.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
		return headers;
	}

	/**
	 * A request whose body is a byte array, sent by this factory; a streamed one goes to
	 * Spring's.
	 */
	private final class Request implements ClientHttpRequest, StreamingHttpOutputMessage {

		private final URI uri;

		private final HttpMethod method;

		private final HttpHeaders headers = new HttpHeaders();

		private final Map<String, Object> attributes = new LinkedHashMap<>();

		private byte @Nullable [] bytes;

		private @Nullable ByteArrayOutputStream buffer;

		private @Nullable Body streamedBody;

		Request(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
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

		@Override
		public OutputStream getBody() {
			if (this.buffer == null) {
				this.buffer = new ByteArrayOutputStream(256);
			}
			return this.buffer;
		}

		@Override
		public void setBody(byte[] body) {
			this.bytes = body;
		}

		@Override
		public void setBody(Body body) {
			this.streamedBody = body;
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			if (this.streamedBody != null) {
				ClientHttpRequest request = JdkSendingRequestFactory.this.streaming.createRequest(this.uri,
						this.method);
				request.getHeaders().putAll(this.headers);
				((StreamingHttpOutputMessage) request).setBody(this.streamedBody);
				return request.execute();
			}
			byte[] body = (this.bytes != null) ? this.bytes : (this.buffer != null) ? this.buffer.toByteArray() : null;
			return send(body);
		}

		private ClientHttpResponse send(byte @Nullable [] body) throws IOException {
			Duration timeout = JdkSendingRequestFactory.this.readTimeout;
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri).timeout(timeout);
			this.headers.forEach((name, values) -> {
				if (!DISALLOWED_HEADERS.contains(name)) {
					for (String value : values) {
						builder.header(name, value);
					}
				}
			});
			builder.method(this.method.name(), (body != null && body.length > 0)
					? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
			try {
				HttpResponse<InputStream> response = JdkSendingRequestFactory.this.httpClient.send(builder.build(),
						(info) -> new TimedBodySubscriber(timeout));
				return new Response(response);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for " + this.method + " " + this.uri);
			}
		}

	}

	/** The response; Spring's {@code JdkClientHttpResponse} is package-private. */
	private static final class Response implements ClientHttpResponse {

		private final HttpResponse<InputStream> response;

		private final HttpHeaders headers;

		Response(HttpResponse<InputStream> response) {
			this.response = response;
			this.headers = new HttpHeaders();
			response.headers().map().forEach((name, values) -> {
				// HTTP/2 pseudo-headers are not headers.
				if (!name.startsWith(":")) {
					this.headers.addAll(name, values);
				}
			});
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			HttpStatus status = HttpStatus.resolve(this.response.statusCode());
			return (status != null) ? status.getReasonPhrase() : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return this.response.body();
		}

		@Override
		public void close() {
			InputStream body = this.response.body();
			try {
				try {
					StreamUtils.drain(body); // so that the connection can be reused
				}
				finally {
					body.close();
				}
			}
			catch (IOException ex) {
				// ignored, as Spring's response does: the exchange is over either way
			}
		}

	}

	/**
	 * The body as an {@link InputStream} whose reads wait at most the read timeout for
	 * the next chunk; the JDK's own {@code BodySubscribers.ofInputStream()} waits without
	 * a limit.
	 */
	static final class TimedBodySubscriber extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

		private static final Object END = new Object();

		private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

		private final Duration timeout;

		private volatile Flow.@Nullable Subscription subscription;

		private @Nullable Iterator<ByteBuffer> chunk;

		private @Nullable ByteBuffer buffer;

		private boolean ended;

		/**
		 * Whether the JDK has delivered the whole body, or failed: nothing left to
		 * cancel.
		 */
		private volatile boolean completed;

		private boolean closed;

		TimedBodySubscriber(Duration timeout) {
			this.timeout = timeout;
		}

		@Override
		public CompletionStage<InputStream> getBody() {
			return CompletableFuture.completedStage(this);
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
			this.queue.offer(item);
		}

		@Override
		public void onError(Throwable throwable) {
			this.completed = true;
			this.queue.offer(throwable);
		}

		@Override
		public void onComplete() {
			this.completed = true;
			this.queue.offer(END);
		}

		@Override
		public int read() throws IOException {
			ByteBuffer current = current();
			return (current != null) ? (current.get() & 0xFF) : -1;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			ByteBuffer current = current();
			if (current == null) {
				return -1;
			}
			int count = Math.min(length, current.remaining());
			current.get(bytes, offset, count);
			return count;
		}

		@Override
		public int available() {
			ByteBuffer current = this.buffer;
			return (current != null) ? current.remaining() : 0;
		}

		private @Nullable ByteBuffer current() throws IOException {
			if (this.closed) {
				throw new IOException("The response body is closed");
			}
			while (this.buffer == null || !this.buffer.hasRemaining()) {
				if (this.chunk != null && this.chunk.hasNext()) {
					this.buffer = this.chunk.next();
					continue;
				}
				if (this.ended) {
					return null;
				}
				Flow.Subscription current = this.subscription;
				if (this.chunk != null && current != null) {
					this.chunk = null;
					current.request(1); // the next chunk only once this one is used up:
										// bounded memory
				}
				Object item;
				try {
					item = this.queue.poll(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					cancel();
					throw new InterruptedIOException("Interrupted while reading the response body");
				}
				if (item == null) {
					cancel();
					throw new HttpTimeoutException("Read timed out: no data for " + this.timeout.toMillis() + " ms");
				}
				if (item == END) {
					this.ended = true;
					return null;
				}
				if (item instanceof Throwable failure) {
					this.ended = true;
					throw (failure instanceof IOException io) ? io : new IOException(failure);
				}
				@SuppressWarnings("unchecked")
				List<ByteBuffer> buffers = (List<ByteBuffer>) item;
				this.chunk = buffers.iterator();
			}
			return this.buffer;
		}

		private void cancel() {
			this.ended = true;
			Flow.Subscription current = this.subscription;
			if (current != null) {
				current.cancel();
			}
		}

		@Override
		public void close() {
			if (!this.closed) {
				this.closed = true;
				if (!this.ended && !this.completed) {
					cancel(); // a connection with unread body on it cannot be reused
				}
				this.ended = true;
			}
		}

	}

}
