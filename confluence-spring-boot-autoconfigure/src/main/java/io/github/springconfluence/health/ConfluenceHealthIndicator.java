package io.github.springconfluence.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.client.ConfluenceApiClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Proves that the configured credentials work against Confluence.
 * <p>
 * A space list alone proves nothing, because sites with anonymous access answer it
 * without credentials. The check lists one space through v2
 * ({@code GET /wiki/api/v2/spaces?limit=1}; Atlassian removed the v1 list from its 2026
 * description, and the gateway answers it with 410), then requires
 * {@code GET /wiki/rest/api/user/current} (v1: v2 has no equivalent) to name a known
 * account.
 * <ul>
 * <li>{@code UP}: site, endpoint, accountId, displayName.</li>
 * <li>{@code DOWN}: the HTTP status (0 when unreachable), the error with what to do, and
 * the {@code ATL-TraceId}.</li>
 * <li>{@code UNKNOWN} on a 429: a rate limit says nothing about the credentials or the
 * application, and must not take the application out of service.</li>
 * </ul>
 * With {@code confluence.api-token-expires-at} declared, the details show the days left,
 * a warning (also logged, once a day) when fewer than
 * {@code confluence.health.token-expiry-warning} remain, and the indicator is
 * {@code DOWN} once the date has passed.
 * <p>
 * Results are cached for a configurable time so that frequent probes do not spend
 * Confluence's rate limit; concurrent probes share one upstream check. Each check is a
 * single attempt bounded by the client's timeouts. Details never contain a secret.
 */
public class ConfluenceHealthIndicator implements HealthIndicator {

	static final String V2_SPACES = "/wiki/api/v2/spaces";

	static final String CURRENT_USER = "/wiki/rest/api/user/current";

	private static final Log logger = LogFactory.getLog(ConfluenceHealthIndicator.class);

	private static final String TOKEN_PAGE = "https://id.atlassian.com/manage-profile/security/api-tokens";

	private final ConfluenceApiClient api;

	private final Duration cacheTtl;

	private final Clock clock;

	private final TokenExpiry tokenExpiry;

	private long lastWarnedDaysLeft = Long.MIN_VALUE;

	private @Nullable Health cached;

	private Instant cachedAt = Instant.MIN;

	/**
	 * Creates an indicator.
	 * @param api the Confluence API client
	 * @param cacheTtl how long a result is reused; zero disables the cache
	 */
	public ConfluenceHealthIndicator(ConfluenceApiClient api, Duration cacheTtl) {
		this(api, cacheTtl, TokenExpiry.UNKNOWN, Clock.systemUTC());
	}

	/**
	 * Creates an indicator.
	 * @param api the Confluence API client
	 * @param cacheTtl how long a result is reused; zero disables the cache
	 * @param tokenExpiry when the API token expires, if declared
	 * @param clock the clock that measures the cache's age and the token's days left
	 */
	public ConfluenceHealthIndicator(ConfluenceApiClient api, Duration cacheTtl, TokenExpiry tokenExpiry, Clock clock) {
		this.api = api;
		this.cacheTtl = cacheTtl;
		this.tokenExpiry = tokenExpiry;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		// synchronized: probes that arrive during a check wait for it and share its
		// result.
		if (this.cached != null && this.clock.instant().isBefore(this.cachedAt.plus(this.cacheTtl))) {
			return this.cached;
		}
		Health health = check();
		if (Status.DOWN.equals(health.getStatus())
				&& (this.cached == null || !Status.DOWN.equals(this.cached.getStatus()))) {
			logger.warn("Confluence health is DOWN: " + health.getDetails().get("error"));
		}
		this.cached = health;
		this.cachedAt = this.clock.instant(); // after the check: a slow check's result is
												// fresh when stored
		return health;
	}

	private Health check() {
		Health.Builder builder = Health.unknown().withDetail("site", this.api.baseUrl().toString());
		if (this.tokenExpiry.expiresAt() != null) {
			long daysLeft = this.tokenExpiry.daysLeft(this.clock);
			builder.withDetail("tokenExpiresAt", this.tokenExpiry.expiresAt().toString())
				.withDetail("tokenDaysLeft", daysLeft);
			if (daysLeft < 0) {
				// An expired token answers like a wrong one: say what really happened.
				return builder.down()
					.withDetail("error",
							"The API token expired on " + this.tokenExpiry.expiresAt() + ". Create a new " + "one at "
									+ TOKEN_PAGE + ", then update confluence.api-token and "
									+ "confluence.api-token-expires-at.")
					.build();
			}
			if (this.tokenExpiry.isWithinWarning(daysLeft)) {
				String warning = "The API token expires " + ((daysLeft == 0) ? "today" : "in " + daysLeft + " days")
						+ " (" + this.tokenExpiry.expiresAt() + "). Create a new one at " + TOKEN_PAGE
						+ ", then update confluence.api-token and confluence.api-token-expires-at.";
				builder.withDetail("tokenExpiryWarning", warning);
				if (daysLeft != this.lastWarnedDaysLeft) {
					logger.warn(warning); // once a day, not once per probe
					this.lastWarnedDaysLeft = daysLeft;
				}
			}
		}
		try {
			builder.withDetail("endpoint", V2_SPACES);
			listOneSpace();
			CurrentUser user = this.api.get(CURRENT_USER, CurrentUser.class).body();
			if (!user.isKnown()) {
				return builder.down()
					.withDetail("error",
							"Confluence answered as the anonymous user: the credentials were not applied "
									+ "or not accepted. Check confluence.email and confluence.api-token.")
					.build();
			}
			builder.up().withDetail("accountId", user.accountId());
			if (user.displayName() != null) {
				builder.withDetail("displayName", user.displayName());
			}
			return builder.build();
		}
		catch (ConfluenceRateLimitException ex) {
			withFailure(builder.unknown(), ex);
			if (ex.retryAfter() != null) {
				builder.withDetail("retryAfter", ex.retryAfter().toString());
			}
			return builder.build();
		}
		catch (ConfluenceException ex) {
			return withFailure(builder.down(), ex).build();
		}
	}

	private void listOneSpace() {
		try {
			this.api.get(V2_SPACES + "?limit=1", JsonNode.class);
		}
		catch (ConfluenceNotFoundException ex) {
			// A v2 list is never missing on a working site: through the api.atlassian.com
			// gateway,
			// wrong or missing credentials answer 404 with a bare "Not Found".
			throw new ConfluenceNotFoundException(ex.getMessage() + " Through the api.atlassian.com gateway, wrong "
					+ "credentials answer 404: check confluence.email and confluence.api-token, and the cloudId in "
					+ "confluence.base-url.", ex.statusCode(), ex.traceId(), ex);
		}
	}

	private static Health.Builder withFailure(Health.Builder builder, ConfluenceException ex) {
		builder.withDetail("httpStatus", ex.statusCode()).withDetail("error", String.valueOf(ex.getMessage()));
		if (ex.traceId() != null) {
			builder.withDetail("traceId", ex.traceId());
		}
		return builder;
	}

}
