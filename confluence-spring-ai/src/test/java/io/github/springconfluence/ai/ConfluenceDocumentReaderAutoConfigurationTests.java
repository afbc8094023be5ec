package io.github.springconfluence.ai;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.user.ConfluenceUserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.document.DocumentReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfluenceDocumentReaderAutoConfiguration}: a factory over the starter's
 * services when Spring AI is on the class path, nothing without it or without Confluence,
 * and the application's own factory kept.
 */
class ConfluenceDocumentReaderAutoConfigurationTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void providesAFactoryWhoseBuilderReadsThroughTheStartersServices() {
		fake.clearSpaces();
		fake.addSpace("ENG", "Engineering");
		ReaderContexts.runner(fake).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceDocumentReaderFactory.class);
			fake.clearRequests();
			ConfluenceDocumentReader reader = context.getBean(ConfluenceDocumentReaderFactory.class)
				.builder()
				.spaceKeys("ENG")
				.build();
			assertThat(reader.get()).hasSize(1); // the home page
			assertThat(fake.requests()).extracting((request) -> request.method() + " " + request.path())
				.containsExactly("GET /wiki/rest/api/search", "GET /wiki/api/v2/pages", "POST /wiki/api/v2/users-bulk");
		});
	}

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
			.contains(ConfluenceDocumentReaderAutoConfiguration.class.getName());
	}

	@Test
	void providesNothingWithoutSpringAi() {
		ReaderContexts.runner(fake).withClassLoader(new FilteredClassLoader(DocumentReader.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ConfluenceApiClient.class);
			assertThat(context).doesNotHaveBean(ConfluenceDocumentReaderFactory.class);
		});
	}

	@Test
	void providesNothingWhenConfluenceIsDisabled() {
		ReaderContexts.runner(fake).withPropertyValues("confluence.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(ConfluenceDocumentReaderFactory.class);
		});
	}

	@Test
	void backsOffWhenTheApplicationHasItsOwnFactory() {
		ReaderContexts.runner(fake).withUserConfiguration(OwnFactory.class).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceDocumentReaderFactory.class);
			assertThat(context.getBean(ConfluenceDocumentReaderFactory.class))
				.isSameAs(context.getBean(OwnFactory.class).factory);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnFactory {

		final ConfluenceDocumentReaderFactory factory;

		OwnFactory(ConfluenceApiClient api, ConfluencePageService pages, ConfluenceSearchService search,
				ConfluenceUserService users) {
			this.factory = new ConfluenceDocumentReaderFactory(api, pages, search, users);
		}

		@Bean
		ConfluenceDocumentReaderFactory ownFactory() {
			return this.factory;
		}

	}

}
