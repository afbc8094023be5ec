package io.github.springconfluence.client;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An open binary download from {@link ConfluenceApiClient#open(String, Object...)}: the
 * body streamed from the connection, with its length and media type. The caller must
 * close it (try-with-resources), which releases the connection.
 * <p>
 * The body checks the length the server announced: a body that ends before
 * {@code Content-Length} bytes throws an {@link IOException} saying so, instead of
 * passing a cut-off file off as complete.
 */
public final class ConfluenceDownload implements Closeable {

	private final ClientHttpResponse response;

	private final InputStream body;

	private final long contentLength;

	private final @Nullable MediaType contentType;

	private final @Nullable String traceId;

	ConfluenceDownload(ClientHttpResponse response) throws IOException {
		this.response = response;
		this.contentLength = response.getHeaders().getContentLength();
		this.contentType = ConfluenceExceptionFactory.contentType(response.getHeaders());
		this.traceId = response.getHeaders().getFirst(ConfluenceResponse.TRACE_ID_HEADER);
		this.body = new LengthCheckingInputStream(response.getBody(), this.contentLength);
	}

	/**
	 * Returns the body, read from the connection as the caller reads it.
	 * @return the body stream
	 */
	public InputStream body() {
		return this.body;
	}

	/**
	 * Returns the length announced by {@code Content-Length}.
	 * @return the length in bytes, or -1 when the server did not say
	 */
	public long contentLength() {
		return this.contentLength;
	}

	/**
	 * Returns the media type the server announced.
	 * @return the media type, or {@code null}
	 */
	public @Nullable MediaType contentType() {
		return this.contentType;
	}

	/**
	 * Returns the trace id of the last response of the download (the media host's, after
	 * a redirect, if it sends one).
	 * @return the {@code ATL-TraceId}, or {@code null}
	 */
	public @Nullable String traceId() {
		return this.traceId;
	}

	@Override
	public void close() {
		// The body first: closing an unfinished HttpURLConnection body drops the
		// connection, where the response's own close would read the rest of the file.
		try {
			this.body.close();
		}
		catch (IOException ex) {
			// The connection is released below all the same.
		}
		finally {
			this.response.close();
		}
	}

	/** Counts what is read and fails at the end when fewer bytes came than announced. */
	private static final class LengthCheckingInputStream extends FilterInputStream {

		private final long expected;

		private long read;

		LengthCheckingInputStream(InputStream in, long expected) {
			super(in);
			this.expected = expected;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b < 0) {
				checkComplete();
			}
			else {
				this.read++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n < 0) {
				checkComplete();
			}
			else {
				this.read += n;
			}
			return n;
		}

		private void checkComplete() throws IOException {
			if (this.expected >= 0 && this.read != this.expected) {
				throw new IOException("The download ended after " + this.read + " of the " + this.expected
						+ " bytes announced by Content-Length");
			}
		}

	}

}
