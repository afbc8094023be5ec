package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure that the Confluence starter raises: error responses,
 * transport failures, timeouts, unreadable bodies and invalid configuration.
 * <p>
 * The message carries Confluence's own error text where it sent one, and never a
 * credential. Quote {@link #traceId()} when you contact Atlassian support.
 */
public class ConfluenceException extends RuntimeException {

	private final int statusCode;

	private final @Nullable String traceId;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response, or {@code 0} when no
	 * response came
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceException(String message, int statusCode, @Nullable String traceId, @Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.traceId = traceId;
	}

	/**
	 * Returns the HTTP status of Confluence's response.
	 * @return the status code, or {@code 0} when no HTTP response came (connection
	 * refused, timeout, configuration error)
	 */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * Returns Atlassian's trace id for the failed request, which Atlassian support asks
	 * for.
	 * @return the {@code ATL-TraceId} response header, or {@code null} when there was
	 * none
	 */
	public @Nullable String traceId() {
		return this.traceId;
	}

}
