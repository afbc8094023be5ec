package io.github.springconfluence.health;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * When the API token expires, as the user declared it
 * ({@code confluence.api-token-expires-at}): Atlassian's API has no way to read a token's
 * expiry, and an expired token answers exactly like a wrong one (401).
 *
 * @param expiresAt the last day the token works, or {@code null} when not declared
 * @param warning how long before the expiry the health indicator starts to warn
 */
public record TokenExpiry(@Nullable LocalDate expiresAt, Duration warning) {

	/** No declared expiry. */
	public static final TokenExpiry UNKNOWN = new TokenExpiry(null, Duration.ZERO);

	/**
	 * Returns the whole days from today (UTC) until the expiry date.
	 * @param clock the clock
	 * @return 0 on the expiry day, negative once it has passed
	 */
	long daysLeft(Clock clock) {
		return ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), this.expiresAt);
	}

	/**
	 * Returns whether the expiry is close enough to warn about.
	 * @param daysLeft the days left
	 * @return {@code true} when fewer days than the warning period remain
	 */
	boolean isWithinWarning(long daysLeft) {
		return Duration.ofDays(daysLeft).compareTo(this.warning) < 0;
	}

}
