package io.github.springconfluence.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A test-only stand-in with the exact name and methods of the autoconfigure module's
 * interface, which this module cannot depend on (the autoconfigure module's tests depend
 * on this one). The override matches the interface by name, so this proves it without the
 * real module.
 */
public interface ConfluenceConnectionDetails {

	/**
	 * Returns the base URL.
	 * @return the base URL
	 */
	@Nullable String getBaseUrl();

	/**
	 * Returns the email.
	 * @return the email
	 */
	@Nullable String getEmail();

	/**
	 * Returns the token.
	 * @return the token
	 */
	@Nullable String getApiToken();

}
