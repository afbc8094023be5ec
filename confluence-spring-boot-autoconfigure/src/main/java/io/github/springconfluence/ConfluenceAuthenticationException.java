package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence rejected the credentials (HTTP 401): the API token is wrong, expired or
 * revoked, the email does not belong to the token, or a scoped token was sent to the site
 * URL instead of the gateway URL
 * {@code https://api.atlassian.com/ex/confluence/{cloudId}}.
 */
public class ConfluenceAuthenticationException extends ConfluenceException {

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceAuthenticationException(String message, int statusCode, @Nullable String traceId,
			@Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
	}

}
