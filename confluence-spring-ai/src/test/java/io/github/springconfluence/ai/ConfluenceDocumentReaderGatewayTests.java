package io.github.springconfluence.ai;

import java.util.List;

import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfluenceDocumentReader} behind Atlassian's API gateway
 * ({@code https://api.atlassian.com/ex/confluence/{cloudId}}): the search's next links,
 * relative to {@code /wiki}, keep the prefix and the expansions, and the URLs of the
 * documents are the site's.
 */
class ConfluenceDocumentReaderGatewayTests {

	private static final String PREFIX = "/ex/confluence/cloud-7";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix(PREFIX));

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void pagesThroughTheGatewayKeepingThePrefixAndTheExpansions() {
		fake.clearSpaces();
		long home = fake.addSpace("ENG", "Engineering").homepageId();
		for (int i = 0; i < 300; i++) {
			fake.addPage("ENG", "Page " + i, home, "<p>" + i + "</p>");
		}
		ReaderContexts.withFactory(fake, (factory) -> {
			List<Document> documents = factory.builder().spaceKeys("ENG").build().get();

			assertThat(documents).hasSize(301);
			List<RecordedRequest> searches = fake.requests("GET", "/wiki/rest/api/search");
			assertThat(searches).hasSize(2);
			assertThat(searches).allSatisfy((request) -> {
				assertThat(request.rawPath()).isEqualTo(PREFIX + "/wiki/rest/api/search");
				assertThat(request.queryParam("expand")).isEqualTo(ConfluenceDocumentReader.EXPAND);
			});
			assertThat(fake.requests("GET", "/wiki/api/v2/pages")).hasSize(2);
			assertThat(documents).filteredOn((document) -> document.getMetadata().containsKey("ancestors"))
				.hasSize(301);
			assertThat(documents.get(documents.size() - 1).getMetadata()).containsEntry("ancestors",
					List.of("Engineering Home"));
			assertThat(fake.rejectedRequests()).isEmpty();
		});
	}

}
