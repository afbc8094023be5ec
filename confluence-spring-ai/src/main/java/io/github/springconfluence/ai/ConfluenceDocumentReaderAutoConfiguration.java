package io.github.springconfluence.ai;

import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.user.ConfluenceUserService;

import org.springframework.ai.document.DocumentReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link ConfluenceDocumentReaderFactory} over the starter's
 * services, when Spring AI ({@link DocumentReader}) is on the class path and the services
 * are there (Confluence configured and enabled); its readers can read attachments through
 * the {@link ConfluenceAttachmentService} when there is one. Backs off when the
 * application declares its own factory.
 */
@AutoConfiguration(after = ConfluenceAutoConfiguration.class)
@ConditionalOnClass(DocumentReader.class)
@ConditionalOnBean({ ConfluenceApiClient.class, ConfluencePageService.class, ConfluenceSearchService.class,
		ConfluenceUserService.class })
public final class ConfluenceDocumentReaderAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ConfluenceDocumentReaderFactory confluenceDocumentReaderFactory(ConfluenceApiClient confluenceApiClient,
			ConfluencePageService confluencePageService, ConfluenceSearchService confluenceSearchService,
			ConfluenceUserService confluenceUserService,
			ObjectProvider<ConfluenceAttachmentService> confluenceAttachmentService) {
		return new ConfluenceDocumentReaderFactory(confluenceApiClient, confluencePageService, confluenceSearchService,
				confluenceUserService, confluenceAttachmentService.getIfAvailable());
	}

}
