package io.github.springconfluence.autoconfigure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Makes a read timeout on Reactor Netty and on the Jetty client look like it does on the
 * other libraries: a {@link SocketTimeoutException}, which the starter reports as "timed
 * out".
 * <p>
 * Reactor Netty ends a read that waited longer than the read timeout with Netty's
 * {@code ReadTimeoutException}, a {@code RuntimeException}: Spring's Reactor request
 * wraps it in a plain {@code IOException} while waiting for the headers, and the response
 * body stream throws it as it is. Spring's Jetty request sets the read timeout both as
 * Jetty's total request timeout and as its own wait for the headers; when Jetty's fires
 * first, the failure is a plain {@code IOException} around a
 * {@code java.util.concurrent.TimeoutException}. Either way the starter would report
 * "failed: IOException" or "not the expected JSON". Nothing else is changed: requests
 * keep their streaming body, responses their stream.
 */
final class ReadTimeoutTranslation implements ClientHttpRequestFactory {

	private static final String NETTY_READ_TIMEOUT = "io.netty.handler.timeout.ReadTimeoutException";

	private final ClientHttpRequestFactory delegate;

	ReadTimeoutTranslation(ClientHttpRequestFactory delegate) {
		this.delegate = delegate;
	}

	ClientHttpRequestFactory delegate() {
		return this.delegate;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return new Request(this.delegate.createRequest(uri, httpMethod));
	}

	/**
	 * The failure as a {@link SocketTimeoutException} if a library's timeout caused it,
	 * else {@code null}.
	 */
	static @Nullable SocketTimeoutException asTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SocketTimeoutException timeout) {
				return timeout;
			}
			if (cause instanceof TimeoutException || NETTY_READ_TIMEOUT.equals(cause.getClass().getName())) {
				SocketTimeoutException timeout = new SocketTimeoutException("Read timed out");
				timeout.initCause(failure);
				return timeout;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static final class Request implements ClientHttpRequest, StreamingHttpOutputMessage {

		private final ClientHttpRequest request;

		Request(ClientHttpRequest request) {
			this.request = request;
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			try {
				return new Response(this.request.execute());
			}
			catch (IOException | RuntimeException ex) {
				SocketTimeoutException timeout = asTimeout(ex);
				if (timeout != null) {
					throw timeout;
				}
				throw ex;
			}
		}

		@Override
		public void setBody(Body body) {
			if (this.request instanceof StreamingHttpOutputMessage streaming) {
				streaming.setBody(body);
				return;
			}
			try {
				body.writeTo(this.request.getBody());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public OutputStream getBody() throws IOException {
			return this.request.getBody();
		}

		@Override
		public HttpMethod getMethod() {
			return this.request.getMethod();
		}

		@Override
		public URI getURI() {
			return this.request.getURI();
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.request.getAttributes();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.request.getHeaders();
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final ClientHttpResponse response;

		private @Nullable InputStream body;

		Response(ClientHttpResponse response) {
			this.response = response;
		}

		@Override
		public InputStream getBody() throws IOException {
			InputStream body = this.body;
			if (body == null) {
				body = new TranslatingInputStream(this.response.getBody());
				this.body = body;
			}
			return body;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

	private static final class TranslatingInputStream extends FilterInputStream {

		TranslatingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (RuntimeException ex) {
				throw translated(ex);
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			try {
				return super.read(b, off, len);
			}
			catch (RuntimeException ex) {
				throw translated(ex);
			}
		}

		private static RuntimeException translated(RuntimeException ex) throws SocketTimeoutException {
			SocketTimeoutException timeout = asTimeout(ex);
			if (timeout != null) {
				throw timeout;
			}
			return ex;
		}

	}

}
