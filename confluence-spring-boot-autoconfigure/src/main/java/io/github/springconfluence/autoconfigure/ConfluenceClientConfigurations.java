package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceClientMetrics;
import io.github.springconfluence.client.ConfluenceConnection;
import io.github.springconfluence.client.ConfluenceRestClientConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.observation.ClientRequestObservationConvention;
import org.springframework.web.client.RestClient;

/**
 * The stages of the Confluence client, one overridable bean each, imported by
 * {@link ConfluenceAutoConfiguration} in order: connection details, validated connection,
 * configurer, {@code confluenceRestClient}, API client.
 */
final class ConfluenceClientConfigurations {

	private ConfluenceClientConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceConnectionDetails.class)
		PropertiesConfluenceConnectionDetails confluenceConnectionDetails(ConfluenceProperties properties) {
			return new PropertiesConfluenceConnectionDetails(properties);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionConfiguration {

		/** Fails the startup with the property to fix when a value cannot work. */
		@Bean
		@ConditionalOnMissingBean
		ConfluenceConnection confluenceConnection(ConfluenceConnectionDetails connectionDetails) {
			return SettingsValidator.validate(connectionDetails);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RestClientConfigurerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ConfluenceRestClientConfigurer confluenceRestClientConfigurer(ConfluenceConnection connection,
				ConfluenceProperties properties,
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
				ObjectProvider<HttpClientSettings> httpClientSettings,
				ObjectProvider<ConfluenceRestClientCustomizer> customizers,
				ObjectProvider<ConfluenceClientMetrics> metrics,
				ObjectProvider<ClientRequestObservationConvention> observationConvention, Environment environment) {
			SettingsValidator.positive("confluence.connect-timeout", properties.getConnectTimeout());
			SettingsValidator.positive("confluence.read-timeout", properties.getReadTimeout());
			ConfluenceProperties.Retry retry = properties.getRetry();
			SettingsValidator.retry(retry);
			HttpClientSettings settings = settings(properties, httpClientSettings);
			ClientHttpRequestFactoryBuilder<?> library = requestFactoryBuilder
				.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
			ClientHttpRequestFactory requestFactory = HttpLibraryDefaults.requestFactory(library, settings);
			ConfluenceRestClientConfigurer.Builder configurer = ConfluenceRestClientConfigurer
				.builder(connection, requestFactory)
				.credentialFreeRequestFactory(
						HttpLibraryDefaults.credentialFreeRequestFactory(settings, requestFactory))
				.retries(retry.getMaxRetries(), retry.getInitialBackoff(), retry.getMaxBackoff(),
						retry.getMaxRetryAfter())
				.metrics(metrics.getIfAvailable(() -> ConfluenceClientMetrics.NONE))
				// An application's own observation convention wins; otherwise the uri tag
				// is the
				// path template only.
				.observationName(observationConvention.stream().findAny().isPresent() ? null : environment
					.getProperty("management.observations.http.client.requests.name", "http.client.requests"));
			customizers.orderedStream().forEach((customizer) -> configurer.customizer(customizer::customize));
			return configurer.build();
		}

		/**
		 * The application's client settings with the Confluence timeouts and redirects
		 * off. The request factory is the HTTP library Spring Boot picked (or the
		 * application's own builder) with the library's own retries, redirects and cookie
		 * store turned off ({@link HttpLibraryDefaults}): redirects are followed by the
		 * client itself, never by the library, whose handling of {@code Authorization} on
		 * cross-origin redirects differs between versions, and retries are the starter's
		 * alone.
		 */
		private static HttpClientSettings settings(ConfluenceProperties properties,
				ObjectProvider<HttpClientSettings> httpClientSettings) {
			return httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
				.withTimeouts(properties.getConnectTimeout(), properties.getReadTimeout())
				.withRedirects(HttpRedirects.DONT_FOLLOW);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RestClientConfiguration {

		/**
		 * The authenticated Confluence client. Not a default injection candidate: a plain
		 * {@code RestClient} injected elsewhere must never be the one that carries the
		 * token. Inject it with {@code @Qualifier("confluenceRestClient")}.
		 */
		@Bean(name = ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnMissingBean(name = ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME)
		RestClient confluenceRestClient(ConfluenceRestClientConfigurer configurer,
				ObjectProvider<RestClient.Builder> restClientBuilder) {
			return configurer.configure(restClientBuilder.getIfAvailable(RestClient::builder).clone()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ApiClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ConfluenceApiClient confluenceApiClient(ConfluenceRestClientConfigurer configurer,
				@Qualifier(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME) RestClient confluenceRestClient) {
			return configurer.apiClient(confluenceRestClient);
		}

	}

}
