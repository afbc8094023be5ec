package io.github.springconfluence.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * {@link ConfluenceConnectionDetails} read from {@link ConfluenceProperties}.
 */
final class PropertiesConfluenceConnectionDetails implements ConfluenceConnectionDetails {

	private final ConfluenceProperties properties;

	PropertiesConfluenceConnectionDetails(ConfluenceProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public @Nullable String getEmail() {
		return this.properties.getEmail();
	}

	@Override
	public @Nullable String getApiToken() {
		return this.properties.getApiToken();
	}

	@Override
	public String toString() {
		return "PropertiesConfluenceConnectionDetails[baseUrl=" + getBaseUrl() + ", email=" + getEmail()
				+ ", apiToken=******]";
	}

}
