package io.github.springconfluence.autoconfigure;

import java.time.Duration;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the Confluence Cloud client.
 */
@ConfigurationProperties("confluence")
public class ConfluenceProperties {

	/**
	 * Whether to auto-configure the Confluence client, services and health indicator.
	 */
	private boolean enabled = true;

	/**
	 * Base URL of the Confluence Cloud site, such as https://your-site.atlassian.net (a
	 * trailing slash or /wiki is accepted), or the API gateway URL
	 * https://api.atlassian.com/ex/confluence/{cloudId}, which scoped API tokens require.
	 */
	private @Nullable String baseUrl;

	/**
	 * Email address of the Atlassian account that owns the API token.
	 */
	private @Nullable String email;

	/**
	 * API token of the Atlassian account, created at
	 * https://id.atlassian.com/manage-profile/security/api-tokens. Not the account
	 * password.
	 */
	private @Nullable String apiToken;

	/**
	 * Last day on which the API token works, as shown when it was created (tokens live at
	 * most a year). The health indicator then reports the days left, warns when fewer
	 * than health.token-expiry-warning remain, and goes DOWN once the date has passed.
	 */
	private @Nullable LocalDate apiTokenExpiresAt;

	/**
	 * Timeout for establishing a connection to Confluence.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Timeout for Confluence's response to each request.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	/**
	 * Health indicator settings.
	 */
	private final Health health = new Health();

	/**
	 * Retry settings for rate-limited and failed requests.
	 */
	private final Retry retry = new Retry();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getApiToken() {
		return this.apiToken;
	}

	public void setApiToken(@Nullable String apiToken) {
		this.apiToken = apiToken;
	}

	public @Nullable LocalDate getApiTokenExpiresAt() {
		return this.apiTokenExpiresAt;
	}

	public void setApiTokenExpiresAt(@Nullable LocalDate apiTokenExpiresAt) {
		this.apiTokenExpiresAt = apiTokenExpiresAt;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Health getHealth() {
		return this.health;
	}

	public Retry getRetry() {
		return this.retry;
	}

	@Override
	public String toString() {
		return "ConfluenceProperties[enabled=" + this.enabled + ", baseUrl=" + this.baseUrl + ", email=" + this.email
				+ ", apiToken=" + ((this.apiToken != null) ? "******" : "null") + ", apiTokenExpiresAt="
				+ this.apiTokenExpiresAt + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", health=" + this.health + ", retry=" + this.retry + "]";
	}

	/**
	 * Health indicator properties.
	 */
	public static class Health {

		/**
		 * How long a health check result is reused before Confluence is asked again, so
		 * that frequent probes do not spend Confluence's rate limit. Zero disables the
		 * cache.
		 */
		private Duration cacheTtl = Duration.ofSeconds(30);

		/**
		 * How long before api-token-expires-at the health indicator starts to warn (a
		 * detail and a WARN log line).
		 */
		private Duration tokenExpiryWarning = Duration.ofDays(14);

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getTokenExpiryWarning() {
			return this.tokenExpiryWarning;
		}

		public void setTokenExpiryWarning(Duration tokenExpiryWarning) {
			this.tokenExpiryWarning = tokenExpiryWarning;
		}

		@Override
		public String toString() {
			return "Health[cacheTtl=" + this.cacheTtl + ", tokenExpiryWarning=" + this.tokenExpiryWarning + "]";
		}

	}

	/**
	 * Retry properties. Rate-limited requests (429) are retried for every method; server
	 * errors (500, 502, 503, 504) and connection failures only for GET, HEAD, PUT and
	 * DELETE.
	 */
	public static class Retry {

		/**
		 * Maximum number of retries after the first attempt. Zero turns retries off.
		 */
		private int maxRetries = 4;

		/**
		 * Backoff before the first retry when Confluence sends no Retry-After; it doubles
		 * with each retry up to max-backoff and is multiplied by a random jitter in [0.7,
		 * 1.3].
		 */
		private Duration initialBackoff = Duration.ofSeconds(5);

		/**
		 * Longest backoff between retries, before jitter.
		 */
		private Duration maxBackoff = Duration.ofSeconds(30);

		/**
		 * Longest Retry-After that is waited for. A longer one fails the call at once
		 * with a ConfluenceRateLimitException that carries the wait.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(30);

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		@Override
		public String toString() {
			return "Retry[maxRetries=" + this.maxRetries + ", initialBackoff=" + this.initialBackoff + ", maxBackoff="
					+ this.maxBackoff + ", maxRetryAfter=" + this.maxRetryAfter + "]";
		}

	}

}
