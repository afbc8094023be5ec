package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.TestContexts;
import java.util.Map;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceBaseUrl;
import io.github.springconfluence.client.ConfluenceConnection;
import io.github.springconfluence.client.ConfluenceRestClientConfigurer;
import io.github.springconfluence.health.ConfluenceHealthIndicator;
import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.attachment.RestClientConfluenceAttachmentService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.search.RestClientConfluenceSearchService;
import io.github.springconfluence.user.ConfluenceUserService;
import io.github.springconfluence.user.RestClientConfluenceUserService;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.RestClientConfluencePageService;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.RestClientConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ConfluenceAutoConfigurationTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake);

	@Test
	void createsClientServiceAndHealthIndicator() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasBean("confluenceRestClient");
			assertThat(context).hasSingleBean(ConfluenceApiClient.class);
			assertThat(context).hasSingleBean(ConfluenceSpaceService.class);
			assertThat(context).hasSingleBean(ConfluenceConnectionDetails.class);
			assertThat(context).hasBean("confluenceHealthIndicator");
			assertThat(context.getBean("confluenceHealthIndicator")).isInstanceOf(ConfluenceHealthIndicator.class);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
		});
	}

	@Test
	void confluenceRestClientIsNotADefaultInjectionCandidate() {
		this.contextRunner.withUserConfiguration(PlainRestClientConsumer.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PlainRestClientConsumerBean.class).restClient()).isNull();
			assertThat(context.getBean("confluenceRestClient")).isInstanceOf(RestClient.class);
			assertThat(context.getBean(QualifiedConsumer.class).restClient())
				.isSameAs(context.getBean("confluenceRestClient"));
		});
	}

	@Test
	void sendsCredentialsOnlyFromTheConfluenceClient() {
		this.contextRunner.withUserConfiguration(PlainRestClientConsumer.class).run((context) -> {
			RestClient plain = context.getBean(RestClient.Builder.class).build();
			plain.get().uri(fake.baseUrl() + "/wiki/rest/api/user/current").exchange((request, response) -> null);
			assertThat(fake.lastRequest().header("Authorization")).isNull();
			context.getBean(QualifiedConsumer.class)
				.restClient()
				.get()
				.uri("/wiki/rest/api/user/current")
				.retrieve()
				.toBodilessEntity();
			assertThat(fake.lastRequest().header("Authorization")).startsWith("Basic ");
		});
	}

	@Test
	void appliesConfluenceCustomizersToTheConfluenceClientOnly() {
		this.contextRunner
			.withBean(ConfluenceRestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Custom", "confluence-only"))
			.run((context) -> {
				RestClient confluence = context.getBean("confluenceRestClient", RestClient.class);
				confluence.get().uri("/wiki/rest/api/user/current").retrieve().toBodilessEntity();
				assertThat(fake.lastRequest().header("X-Custom")).isEqualTo("confluence-only");
				context.getBean(RestClient.Builder.class)
					.build()
					.get()
					.uri(fake.baseUrl() + "/wiki/rest/api/user/current")
					.exchange((request, response) -> null);
				assertThat(fake.lastRequest().header("X-Custom")).isNull();
			});
	}

	@Test
	void appliesApplicationWideRestClientCustomizersToo() {
		this.contextRunner
			.withBean(RestClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-App", "everywhere"))
			.run((context) -> {
				context.getBean(ConfluenceSpaceService.class).findByKey("ENG");
				RecordedRequest request = fake.lastRequest();
				assertThat(request.header("X-App")).isEqualTo("everywhere");
				assertThat(request.header("Accept")).isEqualTo("application/json");
				assertThat(request.header("User-Agent")).isEqualTo("confluence-spring-boot/0.1.0-SNAPSHOT");
			});
	}

	@Test
	void userDefinedSpaceServiceBacksOff() {
		ConfluenceSpaceService custom = mock(ConfluenceSpaceService.class);
		this.contextRunner.withBean(ConfluenceSpaceService.class, () -> custom).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceSpaceService.class);
			assertThat(context.getBean(ConfluenceSpaceService.class)).isSameAs(custom);
			assertThat(context).doesNotHaveBean(RestClientConfluenceSpaceService.class);
		});
	}

	@Test
	void pageServiceIsAutoConfiguredAndBacksOffToAUserDefinedOne() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(RestClientConfluencePageService.class));
		ConfluencePageService custom = mock(ConfluencePageService.class);
		this.contextRunner.withBean(ConfluencePageService.class, () -> custom).run((context) -> {
			assertThat(context).hasSingleBean(ConfluencePageService.class);
			assertThat(context.getBean(ConfluencePageService.class)).isSameAs(custom);
			assertThat(context).doesNotHaveBean(RestClientConfluencePageService.class);
			assertThat(context).hasSingleBean(ConfluenceSpaceService.class);
		});
	}

	@Test
	void attachmentServiceIsAutoConfiguredAndBacksOffToAUserDefinedOne() {
		this.contextRunner
			.run((context) -> assertThat(context).hasSingleBean(RestClientConfluenceAttachmentService.class));
		ConfluenceAttachmentService custom = mock(ConfluenceAttachmentService.class);
		this.contextRunner.withBean(ConfluenceAttachmentService.class, () -> custom).run((context) -> {
			assertThat(context.getBean(ConfluenceAttachmentService.class)).isSameAs(custom);
			assertThat(context).doesNotHaveBean(RestClientConfluenceAttachmentService.class);
			assertThat(context).hasSingleBean(ConfluencePageService.class);
		});
	}

	@Test
	void searchServiceIsAutoConfiguredOnThePageServiceAndBacksOffToAUserDefinedOne() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(RestClientConfluenceSearchService.class));
		ConfluenceSearchService custom = mock(ConfluenceSearchService.class);
		this.contextRunner.withBean(ConfluenceSearchService.class, () -> custom).run((context) -> {
			assertThat(context.getBean(ConfluenceSearchService.class)).isSameAs(custom);
			assertThat(context).doesNotHaveBean(RestClientConfluenceSearchService.class);
			assertThat(context).hasSingleBean(ConfluencePageService.class);
		});
	}

	@Test
	void userServiceIsAutoConfiguredAndBacksOffToAUserDefinedOne() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(RestClientConfluenceUserService.class));
		ConfluenceUserService custom = mock(ConfluenceUserService.class);
		this.contextRunner.withBean(ConfluenceUserService.class, () -> custom).run((context) -> {
			assertThat(context.getBean(ConfluenceUserService.class)).isSameAs(custom);
			assertThat(context).doesNotHaveBean(RestClientConfluenceUserService.class);
			assertThat(context).hasSingleBean(ConfluenceSpaceService.class);
		});
	}

	@Test
	void userDefinedRestClientBacksOff() {
		RestClient custom = RestClient.builder()
			.baseUrl(fake.baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth(fake.email(), fake.apiToken()))
			.defaultHeader("X-Client", "the user's own")
			.build();
		this.contextRunner.withBean("confluenceRestClient", RestClient.class, () -> custom).run((context) -> {
			assertThat(context.getBean("confluenceRestClient")).isSameAs(custom);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
			assertThat(fake.lastRequest().header("X-Client")).isEqualTo("the user's own");
		});
	}

	@Test
	void userDefinedApiClientBacksOff() {
		this.contextRunner.withUserConfiguration(CustomApiClient.class).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceApiClient.class);
			assertThat(context.getBean(ConfluenceApiClient.class)).isSameAs(context.getBean("customApiClient"));
		});
	}

	@Test
	void userDefinedConnectionBacksOffAndSkipsThePropertyValidation() {
		ConfluenceConnection connection = new ConfluenceConnection(ConfluenceBaseUrl.parse(fake.baseUrl()),
				fake.email(), fake.apiToken());
		// No confluence.* properties at all: the connection bean alone must be enough.
		TestContexts.runner().withBean(ConfluenceConnection.class, () -> connection).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ConfluenceConnection.class)).isSameAs(connection);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
			assertThat(fake.lastRequest().header("Authorization")).startsWith("Basic ");
		});
	}

	@Test
	void userDefinedRestClientConfigurerBacksOff() {
		this.contextRunner.withUserConfiguration(CustomConfigurer.class).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceRestClientConfigurer.class);
			assertThat(context.getBean(ConfluenceRestClientConfigurer.class))
				.isSameAs(context.getBean("customConfigurer"));
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
			assertThat(fake.lastRequest().header("X-Configured-By")).isEqualTo("the user's configurer");
		});
	}

	@Test
	void configurerBuildsASecondClientOnTheSameSettings() {
		this.contextRunner.run((context) -> {
			ConfluenceRestClientConfigurer configurer = context.getBean(ConfluenceRestClientConfigurer.class);
			RestClient second = configurer.configure(RestClient.builder()).build();
			String body = second.get().uri("/wiki/rest/api/user/current").retrieve().body(String.class);
			assertThat(body).contains(fake.accountId());
			assertThat(fake.lastRequest().header("Authorization")).startsWith("Basic ");
			assertThat(configurer.apiClient(second).get("/wiki/api/v2/spaces?keys={key}", Map.class, "ENG").status())
				.isEqualTo(200);
		});
	}

	@Test
	void userDefinedHealthIndicatorBacksOff() {
		HealthIndicator custom = mock(HealthIndicator.class);
		this.contextRunner.withBean("confluenceHealthIndicator", HealthIndicator.class, () -> custom)
			.run((context) -> assertThat(context.getBean("confluenceHealthIndicator")).isSameAs(custom));
	}

	@Test
	void userDefinedConnectionDetailsReplaceTheProperties() {
		ConfluenceConnectionDetails details = new ConfluenceConnectionDetails() {
			@Override
			public String getBaseUrl() {
				return fake.baseUrl();
			}

			@Override
			public String getEmail() {
				return fake.email();
			}

			@Override
			public String getApiToken() {
				return fake.apiToken();
			}
		};
		TestContexts.runner().withBean(ConfluenceConnectionDetails.class, () -> details).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ConfluenceConnectionDetails.class);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
			assertThat(fake.lastRequest().header("Authorization")).startsWith("Basic ");
		});
	}

	@Test
	void disabledStarterCreatesNoBeansAndNeedsNoCredentials() {
		TestContexts.runner().withPropertyValues("confluence.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("confluenceRestClient");
			assertThat(context).doesNotHaveBean(ConfluenceSpaceService.class);
			assertThat(context).doesNotHaveBean(ConfluenceApiClient.class);
			assertThat(context).doesNotHaveBean("confluenceHealthIndicator");
		});
	}

	@Test
	void noHealthIndicatorWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(ConfluenceSpaceService.class);
				assertThat(context).doesNotHaveBean("confluenceHealthIndicator");
			});
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		this.contextRunner.withPropertyValues("management.health.confluence.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("confluenceHealthIndicator");
		});
	}

	@Test
	void trimsSurroundingWhitespaceFromCredentials() {
		TestContexts.runner()
			.withPropertyValues("confluence.base-url=" + fake.baseUrl() + "/wiki/",
					"confluence.email=  " + fake.email() + "\n", "confluence.api-token=" + fake.apiToken() + "\n")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG")).isPresent();
			});
	}

	@Test
	void propertiesAndConnectionDetailsDoNotRevealTheToken() {
		this.contextRunner.withPropertyValues("confluence.api-token=s3cr3t-token-value").run((context) -> {
			assertThat(context.getBean(ConfluenceProperties.class).toString()).doesNotContain("s3cr3t-token-value")
				.contains("******");
			assertThat(context.getBean(ConfluenceConnectionDetails.class).toString())
				.doesNotContain("s3cr3t-token-value");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class PlainRestClientConsumer {

		@Bean
		PlainRestClientConsumerBean plainConsumer(ObjectProvider<RestClient> restClient) {
			return new PlainRestClientConsumerBean(restClient.getIfAvailable());
		}

		@Bean
		QualifiedConsumer qualifiedConsumer(@Qualifier("confluenceRestClient") RestClient restClient) {
			return new QualifiedConsumer(restClient);
		}

	}

	record PlainRestClientConsumerBean(RestClient restClient) {
	}

	record QualifiedConsumer(RestClient restClient) {
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomConfigurer {

		@Bean
		ConfluenceRestClientConfigurer customConfigurer(ConfluenceConnection connection) {
			return ConfluenceRestClientConfigurer.builder(connection, new JdkClientHttpRequestFactory())
				.customizer((builder) -> builder.defaultHeader("X-Configured-By", "the user's configurer"))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomApiClient {

		@Bean
		ConfluenceApiClient customApiClient(ConfluenceRestClientConfigurer configurer,
				@Qualifier("confluenceRestClient") RestClient restClient) {
			return configurer.apiClient(restClient);
		}

	}

}
