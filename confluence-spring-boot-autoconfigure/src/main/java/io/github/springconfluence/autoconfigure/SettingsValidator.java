package io.github.springconfluence.autoconfigure;

import java.time.Duration;
import java.util.Locale;

import io.github.springconfluence.client.ConfluenceBaseUrl;
import io.github.springconfluence.client.ConfluenceConnection;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ConfluenceConnectionDetails} and the other settings at startup, so that a
 * setting that cannot work fails the application with a message naming the property,
 * instead of failing the first call. Messages never contain the token, nor an email or
 * URL that contains a control character.
 */
final class SettingsValidator {

	static final String BASE_URL = "confluence.base-url";

	static final String EMAIL = "confluence.email";

	static final String API_TOKEN = "confluence.api-token";

	private static final String TOKEN_PAGE = "https://id.atlassian.com/manage-profile/security/api-tokens";

	private SettingsValidator() {
	}

	static ConfluenceConnection validate(ConfluenceConnectionDetails details) {
		try {
			return validateValues(details);
		}
		catch (InvalidConfluencePropertyException ex) {
			if (details instanceof PropertiesConfluenceConnectionDetails) {
				throw ex;
			}
			// The values came from a bean, not from the properties: say so.
			throw new InvalidConfluencePropertyException(ex.property(),
					ex.getMessage() + " The value comes from the " + "ConfluenceConnectionDetails bean "
							+ details.getClass().getName() + ".",
					"Fix that bean's value, or remove the bean. " + ex.action());
		}
	}

	private static ConfluenceConnection validateValues(ConfluenceConnectionDetails details) {
		ConfluenceBaseUrl baseUrl = baseUrl(details.getBaseUrl());
		String email = required(EMAIL, details.getEmail(),
				"the email address of the Atlassian account that owns the API token");
		if (!email.contains("@")) {
			throw invalid(EMAIL, EMAIL + " must be the Atlassian account's email address, but it contains no '@'.",
					"the email address you log in to Atlassian with, such as jane@example.com");
		}
		String apiToken = required(API_TOKEN, details.getApiToken(),
				"an Atlassian API token (create one at " + TOKEN_PAGE + "; the account password does not work)");
		return new ConfluenceConnection(baseUrl, email, apiToken);
	}

	private static ConfluenceBaseUrl baseUrl(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw invalid(BASE_URL, BASE_URL + " is not set.",
					"your site's URL, such as https://your-site.atlassian.net,"
							+ " or https://api.atlassian.com/ex/confluence/{cloudId} for a scoped API token");
		}
		if (hasControlCharacter(value.strip())) {
			throw invalid(BASE_URL, BASE_URL + " contains a control character (such as a line break).",
					"your site's URL without control characters");
		}
		ConfluenceBaseUrl baseUrl;
		try {
			baseUrl = ConfluenceBaseUrl.parse(value);
		}
		catch (IllegalArgumentException ex) {
			// A URL with user info may carry a password: do not echo it.
			String shown = value.contains("@") ? "" : " '" + value.strip() + "'";
			throw invalid(BASE_URL, BASE_URL + shown + " is invalid: " + ex.getMessage() + ".",
					"an absolute https URL such as https://your-site.atlassian.net");
		}
		if (!baseUrl.isHttps() && !baseUrl.isLoopback()) {
			throw invalid(BASE_URL,
					BASE_URL + " '" + baseUrl + "' uses plain http to a host that is not local: the "
							+ "API token would travel unencrypted.",
					"the https URL of the site, such as https://" + baseUrl.root().getHost()
							+ ((baseUrl.root().getRawPath().isEmpty()) ? "" : baseUrl.root().getRawPath()));
		}
		return baseUrl;
	}

	private static String required(String property, @Nullable String value, String expected) {
		if (value == null || value.isBlank()) {
			throw invalid(property, property + " is not set.", expected);
		}
		// Surrounding whitespace is usually a trailing newline from a secrets file.
		String trimmed = value.strip();
		if (hasControlCharacter(trimmed)) {
			throw invalid(property,
					property + " contains a control character (such as a line break or tab) inside"
							+ " the value; it would corrupt the Authorization header.",
					expected + ", without control characters");
		}
		return trimmed;
	}

	private static boolean hasControlCharacter(String value) {
		return value.chars().anyMatch((c) -> Character.isISOControl(c));
	}

	static void retry(ConfluenceProperties.Retry retry) {
		if (retry.getMaxRetries() < 0) {
			throw invalid("confluence.retry.max-retries", "confluence.retry.max-retries is negative.",
					"0 to turn retries off, or the number of retries (default 4)");
		}
		nonNegative("confluence.retry.initial-backoff", retry.getInitialBackoff());
		nonNegative("confluence.retry.max-backoff", retry.getMaxBackoff());
		nonNegative("confluence.retry.max-retry-after", retry.getMaxRetryAfter());
	}

	static void positive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw invalid(property, property + " must be positive, not " + value + ".", "a duration such as 5s");
		}
	}

	static void nonNegative(String property, Duration value) {
		if (value == null || value.isNegative()) {
			throw invalid(property, property + " must not be negative, not " + value + ".", "a duration such as 5s");
		}
	}

	private static InvalidConfluencePropertyException invalid(String property, String problem, String expected) {
		return new InvalidConfluencePropertyException(property, problem, "Set " + property + " (environment variable "
				+ environmentVariable(property) + ") to " + expected + ".");
	}

	/**
	 * The relaxed-binding environment variable for a property: confluence.api-token →
	 * CONFLUENCE_API_TOKEN.
	 */
	static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
