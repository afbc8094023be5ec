package io.github.springconfluence.client;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A successful Confluence response: its status, headers and parsed body.
 *
 * @param <T> the body type
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the parsed body
 */
public record ConfluenceResponse<T>(int status, HttpHeaders headers, T body) {

	/**
	 * Returns Atlassian's trace id for this response.
	 * @return the {@code ATL-TraceId} header, or {@code null}
	 */
	public @Nullable String traceId() {
		return this.headers.getFirst(ConfluenceExceptionFactory.TRACE_ID_HEADER);
	}

}
