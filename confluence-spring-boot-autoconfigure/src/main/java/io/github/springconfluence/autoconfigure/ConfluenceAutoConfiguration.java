package io.github.springconfluence.autoconfigure;

import java.time.Clock;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceBaseUrl;
import io.github.springconfluence.client.ConfluenceBasicAuthInterceptor;
import io.github.springconfluence.client.ConfluenceClientMetrics;
import io.github.springconfluence.client.ConfluenceClientRequestObservationConvention;
import io.github.springconfluence.client.RateLimitInterceptor;
import io.github.springconfluence.client.ConfluenceResponseErrorHandler;
import io.github.springconfluence.client.ConfluenceUserAgent;
import io.github.springconfluence.client.RetryInterceptor;
import io.github.springconfluence.client.RetryPolicy;
import io.github.springconfluence.client.SameOriginRedirectInterceptor;
import io.github.springconfluence.client.TransportFailureInterceptor;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.metrics.MicrometerConfluenceClientMetrics;
import io.github.springconfluence.space.RestClientConfluenceSpaceService;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.observation.ClientRequestObservationConvention;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the Confluence Cloud client: the {@code confluenceRestClient}, the
 * {@link ConfluenceApiClient} and the {@link ConfluenceSpaceService}.
 * <p>
 * The client is built from a clone of Spring Boot's {@link RestClient.Builder}, so
 * observations, message converters and application-wide customizers apply; the credentials
 * are added to the clone only.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "confluence.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConfluenceProperties.class)
public final class ConfluenceAutoConfiguration {

	/** The name of the Confluence {@link RestClient} bean. */
	public static final String REST_CLIENT_BEAN_NAME = "confluenceRestClient";

	@Bean
	@ConditionalOnMissingBean(ConfluenceConnectionDetails.class)
	PropertiesConfluenceConnectionDetails confluenceConnectionDetails(ConfluenceProperties properties) {
		return new PropertiesConfluenceConnectionDetails(properties);
	}

	/**
	 * The authenticated Confluence client. Not a default injection candidate: a plain
	 * {@code RestClient} injected elsewhere must never be the one that carries the token.
	 * Inject it with {@code @Qualifier("confluenceRestClient")}.
	 */
	@Bean(name = REST_CLIENT_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = REST_CLIENT_BEAN_NAME)
	RestClient confluenceRestClient(ConfluenceConnectionDetails connectionDetails, ConfluenceProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<ConfluenceRestClientCustomizer> customizers, ObjectProvider<ConfluenceClientMetrics> metrics,
			ObjectProvider<ClientRequestObservationConvention> observationConvention, Environment environment) {
		ValidatedConnection connection = SettingsValidator.validate(connectionDetails);
		SettingsValidator.positive("confluence.connect-timeout", properties.getConnectTimeout());
		SettingsValidator.positive("confluence.read-timeout", properties.getReadTimeout());
		SettingsValidator.nonNegative("confluence.health.cache-ttl", properties.getHealth().getCacheTtl());
		SettingsValidator.nonNegative("confluence.health.token-expiry-warning",
				properties.getHealth().getTokenExpiryWarning());
		RetryPolicy retryPolicy = SettingsValidator.retryPolicy(properties.getRetry());
		// Redirects are followed by SameOriginRedirectInterceptor, never by the HTTP library,
		// whose handling of Authorization on cross-origin redirects differs between versions.
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults)
			.withTimeouts(properties.getConnectTimeout(), properties.getReadTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		RestClient.Builder builder = restClientBuilder.getIfAvailable(RestClient::builder)
			.clone()
			.baseUrl(connection.baseUrl().root().toString())
			.requestFactory(HttpLibraryDefaults.requestFactory(
					requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect), settings))
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, ConfluenceUserAgent.value())
			.defaultStatusHandler(new ConfluenceResponseErrorHandler());
		if (observationConvention.stream().findAny().isEmpty()) {
			// An application's own convention wins; otherwise tag the uri with path templates only.
			builder.observationConvention(new ConfluenceClientRequestObservationConvention(
					environment.getProperty("management.observations.http.client.requests.name",
							"http.client.requests"),
					connection.baseUrl()));
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		ConfluenceClientMetrics clientMetrics = metrics.getIfAvailable(() -> ConfluenceClientMetrics.NONE);
		// Last, so that they run innermost: every retry and redirect hop is re-authenticated, a
		// hop only if it stays on the origin, and interceptors added by customizers never see
		// the header.
		builder.requestInterceptor(new TransportFailureInterceptor())
			.requestInterceptor(new RetryInterceptor(retryPolicy, clientMetrics))
			.requestInterceptor(new RateLimitInterceptor(clientMetrics, Clock.systemUTC()))
			.requestInterceptor(new SameOriginRedirectInterceptor())
			.requestInterceptor(new ConfluenceBasicAuthInterceptor(connection.baseUrl(), connection.email(),
					connection.apiToken()));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ConfluenceApiClient confluenceApiClient(@Qualifier(REST_CLIENT_BEAN_NAME) RestClient confluenceRestClient,
			ConfluenceConnectionDetails connectionDetails) {
		ConfluenceBaseUrl baseUrl = SettingsValidator.validate(connectionDetails).baseUrl();
		return new ConfluenceApiClient(confluenceRestClient, baseUrl);
	}

	@Bean
	@ConditionalOnMissingBean(ConfluenceSpaceService.class)
	RestClientConfluenceSpaceService confluenceSpaceService(ConfluenceApiClient confluenceApiClient) {
		return new RestClientConfluenceSpaceService(confluenceApiClient);
	}

	/** Retry and rate-limit metrics, when Micrometer is on the class path and a registry exists. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceClientMetrics.class)
		ConfluenceClientMetrics confluenceClientMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
			MeterRegistry registry = meterRegistry.getIfUnique();
			return (registry != null) ? new MicrometerConfluenceClientMetrics(registry) : ConfluenceClientMetrics.NONE;
		}

	}

}
