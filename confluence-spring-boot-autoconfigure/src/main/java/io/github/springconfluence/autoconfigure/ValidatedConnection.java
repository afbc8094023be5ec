package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.client.ConfluenceBaseUrl;

/**
 * Connection details that passed {@link SettingsValidator}: a normalised base URL and
 * trimmed credentials.
 *
 * @param baseUrl the normalised base URL
 * @param email the trimmed email
 * @param apiToken the trimmed API token
 */
record ValidatedConnection(ConfluenceBaseUrl baseUrl, String email, String apiToken) {

	@Override
	public String toString() {
		return "ValidatedConnection[baseUrl=" + this.baseUrl + ", email=" + this.email + ", apiToken=******]";
	}

}
