package io.github.springconfluence.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@code confluenceRestClient}'s builder, and only that one. Unlike a
 * {@code RestClientCustomizer}, which Spring Boot applies to every {@link RestClient} of
 * the application, this is the place for Confluence-only settings. Customizers run after
 * the starter's settings; the authentication and redirect interceptors are added after
 * them, so that interceptors added here never see the {@code Authorization} header.
 */
@FunctionalInterface
public interface ConfluenceRestClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the Confluence client's builder
	 */
	void customize(RestClient.Builder builder);

}
