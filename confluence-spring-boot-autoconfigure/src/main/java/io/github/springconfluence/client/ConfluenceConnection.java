package io.github.springconfluence.client;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Where and as whom the client connects: a normalised base URL and the credentials,
 * already validated (the auto-configuration builds it from
 * {@code ConfluenceConnectionDetails} and fails at startup naming the property when a
 * value cannot work).
 * <p>
 * {@link #toString()} never shows the token.
 *
 * @param baseUrl the site's normalised base URL
 * @param email the Atlassian account's email, trimmed
 * @param apiToken the API token, trimmed
 */
public record ConfluenceConnection(ConfluenceBaseUrl baseUrl, String email, String apiToken) {

	/**
	 * Creates a connection.
	 * @param baseUrl the site's normalised base URL
	 * @param email the Atlassian account's email, trimmed
	 * @param apiToken the API token, trimmed
	 */
	public ConfluenceConnection {
		Assert.notNull(baseUrl, "baseUrl must not be null");
		Assert.hasText(email, "email must not be blank");
		Assert.hasText(apiToken, "apiToken must not be blank");
	}

	/**
	 * The {@code Authorization} header value: Basic with {@code email:token} encoded as
	 * UTF-8, as Atlassian's own examples do (Spring's default, ISO-8859-1, garbles
	 * non-ASCII emails). Package-private: only the client's authentication needs it.
	 */
	String authorization() {
		return "Basic " + HttpHeaders.encodeBasicAuth(this.email, this.apiToken, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "ConfluenceConnection[baseUrl=" + this.baseUrl + ", email=" + this.email + ", apiToken=******]";
	}

}
