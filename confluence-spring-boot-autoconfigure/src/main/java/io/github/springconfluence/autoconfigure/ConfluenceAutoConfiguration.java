package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.autoconfigure.ConfluenceClientConfigurations.ApiClientConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceClientConfigurations.ConnectionConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceClientConfigurations.ConnectionDetailsConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceClientConfigurations.RestClientConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceClientConfigurations.RestClientConfigurerConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceServiceConfigurations.AttachmentServiceConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceServiceConfigurations.PageServiceConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceServiceConfigurations.SearchServiceConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceServiceConfigurations.SpaceServiceConfiguration;
import io.github.springconfluence.autoconfigure.ConfluenceServiceConfigurations.UserServiceConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the Confluence Cloud client and services. Each stage is its own
 * bean, and each can be replaced by declaring a bean of its type:
 * <ol>
 * <li>{@link ConfluenceConnectionDetails}: where and as whom (by default the
 * {@code confluence.*} properties);</li>
 * <li>{@link io.github.springconfluence.client.ConfluenceConnection}: the details,
 * validated at startup with a message naming the property;</li>
 * <li>{@link io.github.springconfluence.client.ConfluenceRestClientConfigurer}: the
 * client settings (timeouts, retries, metrics, {@link ConfluenceRestClientCustomizer}s)
 * over the HTTP library Spring Boot picked;</li>
 * <li>the {@code confluenceRestClient}, a clone of Spring Boot's
 * {@link RestClient.Builder} (so observations, message converters and application-wide
 * customizers apply) configured by the configurer, which alone adds the credentials;</li>
 * <li>{@link io.github.springconfluence.client.ConfluenceApiClient}, and the services
 * over it ({@link io.github.springconfluence.space.ConfluenceSpaceService},
 * {@link io.github.springconfluence.page.ConfluencePageService},
 * {@link io.github.springconfluence.attachment.ConfluenceAttachmentService},
 * {@link io.github.springconfluence.search.ConfluenceSearchService}).</li>
 * </ol>
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = "confluence.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConfluenceProperties.class)
@Import({ ConnectionDetailsConfiguration.class, ConnectionConfiguration.class, RestClientConfigurerConfiguration.class,
		RestClientConfiguration.class, ApiClientConfiguration.class, SpaceServiceConfiguration.class,
		PageServiceConfiguration.class, AttachmentServiceConfiguration.class, SearchServiceConfiguration.class,
		UserServiceConfiguration.class })
public final class ConfluenceAutoConfiguration {

	/** The name of the Confluence {@link RestClient} bean. */
	public static final String REST_CLIENT_BEAN_NAME = "confluenceRestClient";

}
