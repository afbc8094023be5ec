package io.github.springconfluence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What Confluence's rate limiter said about a response, from its {@code X-RateLimit-*}
 * and {@code RateLimit-Reason} headers. Every field is {@code null} (or {@code false})
 * when Confluence did not send the header: API-token traffic often gets none of them.
 *
 * @param limit {@code X-RateLimit-Limit}: the requests allowed in the window
 * @param remaining {@code X-RateLimit-Remaining}: the requests left in the window
 * @param reset {@code X-RateLimit-Reset}: when the window resets
 * @param nearLimit {@code X-RateLimit-NearLimit}: whether less than 20% of the budget is
 * left
 * @param reason {@code RateLimit-Reason}, such as {@code confluence-quota-global-based}
 */
public record RateLimitInfo(@Nullable Long limit, @Nullable Long remaining, @Nullable Instant reset, boolean nearLimit,
		@Nullable String reason) {

	/** Rate-limit information for a response that carried none. */
	public static final RateLimitInfo NONE = new RateLimitInfo(null, null, null, false, null);

	/**
	 * Reads the rate-limit headers of a response; unparseable values count as absent.
	 * @param header looks up the first value of a response header by name,
	 * case-insensitively
	 * @return the information, {@link #NONE} when there was none
	 */
	public static RateLimitInfo from(Function<String, @Nullable String> header) {
		return new RateLimitInfo(number(header.apply("X-RateLimit-Limit")),
				number(header.apply("X-RateLimit-Remaining")), instant(header.apply("X-RateLimit-Reset")),
				"true".equalsIgnoreCase(trim(header.apply("X-RateLimit-NearLimit"))),
				trim(header.apply("RateLimit-Reason")));
	}

	/**
	 * Returns whether Confluence sent any rate-limit information.
	 * @return {@code false} when every field is absent
	 */
	public boolean isPresent() {
		return this.limit != null || this.remaining != null || this.reset != null || this.nearLimit
				|| this.reason != null;
	}

	private static @Nullable String trim(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static @Nullable Long number(@Nullable String value) {
		String trimmed = trim(value);
		if (trimmed == null || !trimmed.matches("\\d{1,18}")) {
			return null;
		}
		return Long.parseLong(trimmed);
	}

	private static @Nullable Instant instant(@Nullable String value) {
		String trimmed = trim(value);
		if (trimmed == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(trimmed).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
