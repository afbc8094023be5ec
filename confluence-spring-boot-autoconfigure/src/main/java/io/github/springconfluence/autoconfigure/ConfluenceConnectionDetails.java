package io.github.springconfluence.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where and as whom to connect to Confluence. By default these come from the
 * {@code confluence.*} properties; define a bean of this type to take them from elsewhere
 * (a secrets vault, a test server). The values are validated at startup either way.
 * Implementations must not reveal the token in {@code toString()}.
 */
public interface ConfluenceConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the site's base URL, such as {@code https://your-site.atlassian.net}, or
	 * the gateway URL {@code https://api.atlassian.com/ex/confluence/{cloudId}}.
	 * @return the base URL
	 */
	@Nullable String getBaseUrl();

	/**
	 * Returns the email address of the Atlassian account.
	 * @return the email
	 */
	@Nullable String getEmail();

	/**
	 * Returns the account's API token.
	 * @return the API token
	 */
	@Nullable String getApiToken();

}
