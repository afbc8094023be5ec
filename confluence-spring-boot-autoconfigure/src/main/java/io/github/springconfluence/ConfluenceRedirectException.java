package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence redirected to another origin (scheme, host or port). The starter never sends
 * credentials to another origin, so the redirect was not followed. A renamed site
 * redirects this way: point {@code confluence.base-url} at the new site.
 */
public class ConfluenceRedirectException extends ConfluenceException {

	private final @Nullable String location;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param location the redirect target
	 */
	public ConfluenceRedirectException(String message, int statusCode, @Nullable String traceId,
			@Nullable String location) {
		super(message, statusCode, traceId, null);
		this.location = location;
	}

	/**
	 * Returns where Confluence redirected to.
	 * @return the {@code Location} header, or {@code null} when the redirect had none
	 */
	public @Nullable String location() {
		return this.location;
	}

}
