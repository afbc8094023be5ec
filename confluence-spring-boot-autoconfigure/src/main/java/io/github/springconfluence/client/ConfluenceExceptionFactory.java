package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.springconfluence.ConfluenceAccessDeniedException;
import io.github.springconfluence.ConfluenceAuthenticationException;
import io.github.springconfluence.ConfluenceConflictException;
import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.RateLimitInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns an error or redirect response into the matching {@link ConfluenceException}: the
 * status, Confluence's own message, the {@code ATL-TraceId} and, where the status has a
 * usual cause, what to do about it.
 */
final class ConfluenceExceptionFactory {

	private static final Pattern CURRENT_VERSION = Pattern.compile("[Cc]urrent version is:?\\s*(\\d{1,9})");

	/** The response header that Atlassian support asks for. */
	static final String TRACE_ID_HEADER = ConfluenceResponse.TRACE_ID_HEADER;

	/** Error bodies are read up to this many bytes: a proxy's page can be large. */
	static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

	private ConfluenceExceptionFactory() {
	}

	/**
	 * Reads the (bounded) body of an error or redirect response and creates the
	 * exception.
	 * @param method the request method
	 * @param uri the request URI
	 * @param response the response
	 * @return the exception to throw
	 */
	public static ConfluenceException fromResponse(HttpMethod method, URI uri, ClientHttpResponse response) {
		int status;
		HttpHeaders headers;
		try {
			status = response.getStatusCode().value();
			headers = response.getHeaders();
		}
		catch (IOException ex) {
			return new ConfluenceTransportException(
					"Reading Confluence's response to " + describe(method, uri) + " failed: " + ex.getMessage(), ex);
		}
		return create(method, uri, status, headers, readBounded(response));
	}

	/**
	 * Creates the exception for a response whose body has been read.
	 * @param method the request method
	 * @param uri the request URI
	 * @param status the response status
	 * @param headers the response headers
	 * @param body the response body, possibly truncated
	 * @return the exception to throw
	 */
	public static ConfluenceException create(HttpMethod method, URI uri, int status, HttpHeaders headers, byte[] body) {
		String traceId = headers.getFirst(TRACE_ID_HEADER);
		if (status >= 300 && status < 400) {
			String location = headers.getFirst(HttpHeaders.LOCATION);
			if (location == null || location.isBlank()) {
				return new ConfluenceRedirectException("Confluence answered " + status + " to " + describe(method, uri)
						+ " without a Location header" + traceSuffix(traceId), status, traceId, null);
			}
			URI target = target(uri, location);
			String message = (target != null && ConfluenceBaseUrl.sameOrigin(uri, target))
					? "Confluence redirected " + describe(method, uri) + " to " + withoutQuery(location) + " (" + status
							+ "), which was not followed: too many redirects, or a write redirected with 301 or 302."
					: "Confluence redirected " + describe(method, uri) + " to " + withoutQuery(location) + " (" + status
							+ "). The starter does not send credentials to another origin. If the site was renamed or "
							+ "moved, set confluence.base-url to the new address.";
			return new ConfluenceRedirectException(message + traceSuffix(traceId), status, traceId, location);
		}
		String text = ConfluenceErrorMessage.extract(contentType(headers), body);
		String message = "Confluence answered " + status + " to " + describe(method, uri)
				+ ((text != null) ? ": " + text : "") + hint(status);
		return switch (status) {
			case 401 -> new ConfluenceAuthenticationException(message + traceSuffix(traceId), status, traceId, null);
			case 403 -> new ConfluenceAccessDeniedException(message + traceSuffix(traceId), status, traceId, null);
			case 404 -> new ConfluenceNotFoundException(message + traceSuffix(traceId), status, traceId, null);
			case 409 -> new ConfluenceConflictException(message + traceSuffix(traceId), status, traceId,
					currentVersion(text), null);
			case 429 -> rateLimited(message, status, traceId, headers);
			default -> (status >= 500) ? serverError(message, status, traceId, headers)
					: new ConfluenceException(message + traceSuffix(traceId), status, traceId, null);
		};
	}

	/**
	 * Creates the exception for a request that got no usable response.
	 * @param method the request method
	 * @param uri the request URI
	 * @param failure the I/O failure
	 * @return the exception to throw
	 */
	public static ConfluenceTransportException transportFailure(HttpMethod method, URI uri, Throwable failure) {
		if (failure instanceof InterruptedIOException && !isTimeout(failure)) {
			return new ConfluenceTransportException(describe(method, uri) + " was interrupted: " + failure.getMessage(),
					failure);
		}
		String what = isTimeout(failure) ? "timed out (see confluence.connect-timeout and confluence.read-timeout)"
				: "failed: " + failure.getClass().getSimpleName()
						+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		return new ConfluenceTransportException(
				"Could not reach Confluence at " + uri.getScheme() + "://" + uri.getRawAuthority() + ": "
						+ describe(method, uri) + " " + what + ". Check confluence.base-url and the network.",
				failure);
	}

	/**
	 * The version Confluence names in a conflict: "Version must be incremented on update.
	 * Current version is: 7".
	 */
	static @Nullable Integer currentVersion(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = CURRENT_VERSION.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		try {
			return Integer.valueOf(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isTimeout(Throwable failure) {
		return failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException;
	}

	private static ConfluenceServerException serverError(String message, int status, @Nullable String traceId,
			HttpHeaders headers) {
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), Clock.systemUTC());
		String wait = (retryAfter != null) ? ". Confluence asked to wait " + retryAfter.toSeconds() + " s (Retry-After)"
				: "";
		return new ConfluenceServerException(message + wait + traceSuffix(traceId), status, traceId, retryAfter, null);
	}

	private static ConfluenceRateLimitException rateLimited(String message, int status, @Nullable String traceId,
			HttpHeaders headers) {
		Duration retryAfter = retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), Clock.systemUTC());
		RateLimitInfo rateLimit = RateLimitInfo.from(headers::getFirst);
		StringBuilder text = new StringBuilder(message);
		if (retryAfter != null) {
			text.append(". Confluence asked to wait ").append(retryAfter.toSeconds()).append(" s (Retry-After)");
		}
		if (rateLimit.reason() != null) {
			text.append("; RateLimit-Reason: ").append(rateLimit.reason());
		}
		if (rateLimit.reset() != null) {
			text.append("; the limit resets at ").append(rateLimit.reset());
		}
		return new ConfluenceRateLimitException(text + traceSuffix(traceId), status, traceId, retryAfter, rateLimit,
				null);
	}

	private static @Nullable URI target(URI requestUri, String location) {
		try {
			return requestUri.resolve(location.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A redirect's query can carry a token (attachment downloads do): keep it out of
	 * messages.
	 */
	private static String withoutQuery(String location) {
		int query = location.indexOf('?');
		return (query < 0) ? location : location.substring(0, query) + "?…";
	}

	private static String hint(int status) {
		return switch (status) {
			case 401 -> ". Check confluence.email and confluence.api-token: the API token may be wrong, expired or "
					+ "revoked, or may belong to another account (create one at "
					+ "https://id.atlassian.com/manage-profile/security/api-tokens; an account password does not "
					+ "work). A scoped API token needs the gateway URL "
					+ "https://api.atlassian.com/ex/confluence/{cloudId} as confluence.base-url.";
			case 403 -> ". The account behind confluence.email may not use Confluence on this site, or lacks the "
					+ "permission for this operation; through the api.atlassian.com gateway, wrong credentials also "
					+ "answer 403.";
			case 409 -> ". Someone changed it since it was read: read it again, apply the change again and write "
					+ "it with the new version (ConfluencePageService.edit does this).";
			default -> "";
		};
	}

	/**
	 * Describes a request for a message: method and path, without the query (which may
	 * carry an opaque cursor) and never with headers.
	 * @param method the request method
	 * @param uri the request URI
	 * @return for example {@code GET /wiki/api/v2/spaces}
	 */
	public static String describe(HttpMethod method, URI uri) {
		return method.name() + " " + uri.getRawPath();
	}

	/**
	 * Formats the trace id for the end of a message.
	 * @param traceId the trace id, if any
	 * @return the suffix, empty without a trace id
	 */
	public static String traceSuffix(@Nullable String traceId) {
		return (traceId != null) ? " [ATL-TraceId: " + traceId + "]" : "";
	}

	/**
	 * Parses a {@code Retry-After} value: delay seconds ({@code 0} included) or an
	 * HTTP-date.
	 * @param value the header value
	 * @param clock the clock against which an HTTP-date is measured
	 * @return the wait, never negative, or {@code null} when absent or unparseable
	 */
	public static @Nullable Duration retryAfter(@Nullable String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.matches("\\d{1,10}")) {
			return Duration.ofSeconds(Long.parseLong(trimmed));
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(clock.instant(), at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Reads at most {@value #MAX_ERROR_BODY_BYTES} bytes of a response body; a body that
	 * fails midway yields what was read.
	 * @param response the response
	 * @return the bytes read
	 */
	public static byte[] readBounded(ClientHttpResponse response) {
		try (InputStream body = response.getBody()) {
			return body.readNBytes(MAX_ERROR_BODY_BYTES);
		}
		catch (IOException | RuntimeException ex) {
			return new byte[0];
		}
	}

	static @Nullable MediaType contentType(HttpHeaders headers) {
		try {
			return headers.getContentType();
		}
		catch (RuntimeException ex) {
			return null; // an unparseable Content-Type is treated as unknown
		}
	}

}
