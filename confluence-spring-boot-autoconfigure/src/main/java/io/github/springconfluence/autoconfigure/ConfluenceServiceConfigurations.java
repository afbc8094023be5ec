package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.attachment.RestClientConfluenceAttachmentService;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.RestClientConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.search.RestClientConfluenceSearchService;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.RestClientConfluenceSpaceService;
import io.github.springconfluence.user.ConfluenceUserService;
import io.github.springconfluence.user.RestClientConfluenceUserService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One configuration per Confluence resource, each a service over the
 * {@link ConfluenceApiClient}, imported by {@link ConfluenceAutoConfiguration}.
 */
final class ConfluenceServiceConfigurations {

	private ConfluenceServiceConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	static class SpaceServiceConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceSpaceService.class)
		RestClientConfluenceSpaceService confluenceSpaceService(ConfluenceApiClient confluenceApiClient) {
			return new RestClientConfluenceSpaceService(confluenceApiClient);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AttachmentServiceConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceAttachmentService.class)
		RestClientConfluenceAttachmentService confluenceAttachmentService(ConfluenceApiClient confluenceApiClient) {
			return new RestClientConfluenceAttachmentService(confluenceApiClient);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SearchServiceConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceSearchService.class)
		RestClientConfluenceSearchService confluenceSearchService(ConfluenceApiClient confluenceApiClient,
				ConfluencePageService confluencePageService) {
			return new RestClientConfluenceSearchService(confluenceApiClient, confluencePageService);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PageServiceConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluencePageService.class)
		RestClientConfluencePageService confluencePageService(ConfluenceApiClient confluenceApiClient) {
			return new RestClientConfluencePageService(confluenceApiClient);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserServiceConfiguration {

		@Bean
		@ConditionalOnMissingBean(ConfluenceUserService.class)
		RestClientConfluenceUserService confluenceUserService(ConfluenceApiClient confluenceApiClient) {
			return new RestClientConfluenceUserService(confluenceApiClient);
		}

	}

}
