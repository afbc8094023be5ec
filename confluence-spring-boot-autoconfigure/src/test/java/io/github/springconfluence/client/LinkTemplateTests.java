package io.github.springconfluence.client;

import java.net.URI;
import java.util.List;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.Space;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next links rewritten as templates mean exactly what Confluence sent.
 */
class LinkTemplateTests {

	private static final URI ROOT = URI.create("https://example.atlassian.net");

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/wiki/api/v2/spaces?cursor=abc&limit=250|/wiki/api/v2/spaces?cursor={p0}&limit={p1}|abc;250",
					"/wiki/api/v2/spaces?cursor=ab%2Fc%3D%3D|/wiki/api/v2/spaces?cursor={p0}|ab/c==",
					"/wiki/api/v2/spaces?keys=A,B&flag&x=|/wiki/api/v2/spaces?keys={p0}&flag&x={p1}|A,B;",
					"/wiki/api/v2/spaces|/wiki/api/v2/spaces|" })
	void rewritesLinksIntoTemplatesWithDecodedValues(String link, String template, String values) {
		LinkTemplate rewritten = LinkTemplate.of(ROOT.resolve(link), ROOT);
		assertThat(rewritten).isNotNull();
		assertThat(rewritten.template()).isEqualTo(template);
		// values are separated by ';' here, since they may contain commas
		assertThat(rewritten.variables()).isEqualTo((values == null) ? List.of() : List.of(values.split(";", -1)));
	}

	@Test
	void expandingTheTemplateGivesBackAnEquivalentLink() {
		URI link = URI.create("https://example.atlassian.net/wiki/api/v2/spaces?cursor=ab%2Fc%3D%3D&keys=A,B&x=a%26b");
		LinkTemplate rewritten = LinkTemplate.of(link, ROOT);
		URI expanded = new DefaultUriBuilderFactory(ROOT.toString()).expand(rewritten.template(),
				rewritten.variables().toArray());
		assertThat(expanded.getRawPath()).isEqualTo("/wiki/api/v2/spaces");
		assertThat(expanded.getQuery()).isEqualTo(link.getQuery()); // decoded: the same
																	// values
	}

	@Test
	void keepsTheGatewayPrefixOutOfTheTemplate() {
		URI root = URI.create("https://api.atlassian.com/ex/confluence/cloud-1");
		LinkTemplate rewritten = LinkTemplate
			.of(URI.create("https://api.atlassian.com/ex/confluence/cloud-1/wiki/api/v2/spaces?cursor=x"), root);
		assertThat(rewritten.template()).isEqualTo("/wiki/api/v2/spaces?cursor={p0}");
	}

	@Test
	void leavesLinksThatCannotBeRewrittenSafelyAsTheyAre() {
		assertThat(LinkTemplate.of(URI.create("https://example.atlassian.net/wiki/api/v2/spaces?cursor=a+b"), ROOT))
			.isNull();
		assertThat(LinkTemplate.of(URI.create("https://example.atlassian.net/wiki/api/v2/sp%20aces?x=1"), ROOT))
			.isNull();
		assertThat(LinkTemplate.of(URI.create("https://example.atlassian.net/other/path?x=1"),
				URI.create("https://example.atlassian.net/prefix")))
			.isNull();
	}

	@Test
	void confluenceReceivesExactlyTheValuesOfTheNextLink() {
		FakeConfluence fake = confluence.fake();
		String space = "{\"id\":\"1\",\"key\":\"A\",\"name\":\"A\",\"type\":\"global\",\"status\":\"current\"}";
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.status(200)
			.body("application/json", "{\"results\":[" + space
					+ "],\"_links\":{\"next\":\"/wiki/api/v2/spaces?cursor=ab%2Fc%3D%3D&keys=A,B&flag&x=\"}}"));
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.status(200)
			.body("application/json", "{\"results\":[" + space.replace("\"A\"", "\"B\"") + "],\"_links\":{}}"));
		TestContexts.runner(fake)
			.run((context) -> assertThat(context.getBean(ConfluenceSpaceService.class).spaces().map(Space::key))
				.containsExactly("A", "B"));
		RecordedRequest second = fake.requests().get(1);
		assertThat(second.queryParam("cursor")).isEqualTo("ab/c==");
		assertThat(second.queryParam("keys")).isEqualTo("A,B");
		assertThat(second.rawQuery()).contains("&flag&").endsWith("&x=");
	}

}
