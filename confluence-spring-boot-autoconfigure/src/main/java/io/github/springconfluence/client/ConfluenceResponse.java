package io.github.springconfluence.client;

import io.github.springconfluence.ConfluenceResponseFormatException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A successful Confluence response: its status, headers and parsed body.
 *
 * @param <T> the body type; {@link Void} for a response read without a body (such as a
 * 204)
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the parsed body, {@code null} only when the type is {@link Void}
 */
public record ConfluenceResponse<T extends @Nullable Object>(int status, HttpHeaders headers, T body) {

	/** The response header that Atlassian support asks for. */
	static final String TRACE_ID_HEADER = "ATL-TraceId";

	/**
	 * Returns Atlassian's trace id for this response.
	 * @return the {@code ATL-TraceId} header, or {@code null}
	 */
	public @Nullable String traceId() {
		return this.headers.getFirst(TRACE_ID_HEADER);
	}

	/**
	 * Creates the exception for a body that parsed but lacks what the caller needs, with
	 * this response's status and trace id:
	 * {@code throw response.malformed("a space without an id")}.
	 * @param what what Confluence sent, as a phrase
	 * @return the exception to throw
	 */
	public ConfluenceResponseFormatException malformed(String what) {
		return new ConfluenceResponseFormatException("Confluence answered " + this.status + " with " + what
				+ ConfluenceExceptionFactory.traceSuffix(traceId()), this.status, traceId(), null);
	}

}
