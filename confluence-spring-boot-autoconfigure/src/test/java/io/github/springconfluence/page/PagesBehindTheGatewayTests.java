package io.github.springconfluence.page;

import java.util.List;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page route keeps the gateway prefix ({@code api.atlassian.com/ex/confluence/..}),
 * list paging included.
 */
class PagesBehindTheGatewayTests {

	private static final String PREFIX = "/ex/confluence/cloud-1";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix(PREFIX));

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void everyRouteKeepsThePrefix() {
		fake.clearSpaces();
		fake.addSpace("ENG", "Engineering");
		for (int i = 0; i < 30; i++) {
			fake.addPage("ENG", "Page " + i, null, "<p>" + i + "</p>");
		}
		FakePage parent = fake.addPage("ENG", "Parent");
		FakePage child = fake.addPage("ENG", "Child", parent.id(), "<p>c</p>");
		TestContexts.runner(fake).run((context) -> {
			ConfluencePageService pages = context.getBean(ConfluencePageService.class);
			fake.clearRequests();
			assertThat(pages.pages(PageQuery.builder().spaceKeys("ENG").pageSize(10).build())).hasSizeGreaterThan(30);
			Page page = pages.findById(String.valueOf(child.id())).orElseThrow();
			pages.edit(page.id(), (content) -> content.withStorageBody("<p>changed</p>"));
			assertThat(pages.children(String.valueOf(parent.id()))).hasSize(1);
			assertThat(pages.ancestors(page.id())).isNotEmpty();
			pages.addLabels(page.id(), "x");
			assertThat(pages.labels(page.id())).extracting(Label::name).containsExactly("x");
			pages.removeLabel(page.id(), "x");
			assertThat(pages.versions(page.id())).hasSize(2);
			assertThat(pages.restore(page.id(), 1, "back").version().number()).isEqualTo(3);
			assertThat(pages.descendants(String.valueOf(parent.id()), 2)).hasSize(1);
			assertThat(pages.findByTitle("ENG", "Child")).isPresent();
			Page created = pages.create(NewPage.builder().spaceKey("ENG").title("New").build());
			pages.update(created.id(), PageUpdate.of("New", PageBody.storage("<p>n</p>"), 1));
			pages.move(created.id(), MovePosition.APPEND, String.valueOf(parent.id()));
			pages.delete(created.id());
			pages.purge(created.id());
			assertThat(pages
				.publish(PagePublication.builder()
					.spaceKey("ENG")
					.title("Published")
					.body(PageBody.storage("<p>p</p>"))
					.build())
				.outcome()).isEqualTo(PublishResult.Outcome.CREATED);
			List<RecordedRequest> requests = fake.requests();
			assertThat(requests).hasSizeGreaterThan(10);
			assertThat(requests).allSatisfy((request) -> assertThat(request.rawPath()).startsWith(PREFIX + "/wiki/"));
			assertThat(requests).noneSatisfy((request) -> assertThat(request.rawPath()).contains("/wiki/wiki"));
			assertThat(requests.stream().filter((request) -> request.queryParam("cursor") != null)).isNotEmpty();
		});
	}

}
