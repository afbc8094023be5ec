package io.github.springconfluence.client;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebLinksTests {

	private static final ConfluenceBaseUrl SITE = ConfluenceBaseUrl.parse("https://example.atlassian.net");

	private static final ConfluenceBaseUrl GATEWAY = ConfluenceBaseUrl
		.parse("https://api.atlassian.com/ex/confluence/cloud-1");

	@ParameterizedTest
	@ValueSource(strings = { "/spaces/ENG", "/spaces/ENG/overview", "/spaces/~557058abc/pages/98305/Title",
			"/spaces/a.b_c-d~e", "/spaces/ENG/", "/spaces//ENG", "/spaces/./ENG", "/spaces/../ENG", "spaces/ENG",
			"/spaces/ENG?x=1", "/spaces/ENG#top", "/spaces/%C3%A9", "/x:y" })
	void resolvesAsConcatenatingWould(String webui) {
		for (String base : new String[] { "https://site.atlassian.net/wiki", "https://site.atlassian.net/wiki/",
				"https://site.atlassian.net:8443/wiki" }) {
			URI expected = URI.create(base.replaceAll("/$", "") + (webui.startsWith("/") ? "" : "/") + webui);
			URI actual = WebLinks.forBase(SITE, base).resolve(webui);
			assertThat(actual).isEqualTo(expected);
			assertThat(actual).hasToString(expected.toString());
		}
	}

	@Test
	void plainPathsTakeTheFastPathOnly() {
		assertThat(WebLinks.isPlainAbsolutePath("/spaces/ENG/overview")).isTrue();
		assertThat(WebLinks.isPlainAbsolutePath("/spaces/../ENG")).isFalse();
		assertThat(WebLinks.isPlainAbsolutePath("/spaces//ENG")).isFalse();
		assertThat(WebLinks.isPlainAbsolutePath("/spaces/ENG?x")).isFalse();
		assertThat(WebLinks.isPlainAbsolutePath("spaces/ENG")).isFalse();
	}

	@Test
	void withoutABaseTheSiteStandsInExceptBehindTheGateway() {
		assertThat(WebLinks.forBase(SITE, null).resolve("/spaces/ENG"))
			.isEqualTo(URI.create("https://example.atlassian.net/wiki/spaces/ENG"));
		assertThat(WebLinks.forBase(GATEWAY, null).resolve("/spaces/ENG")).isNull();
		assertThat(WebLinks.forBase(GATEWAY, "https://site.atlassian.net/wiki").resolve("/spaces/ENG"))
			.isEqualTo(URI.create("https://site.atlassian.net/wiki/spaces/ENG"));
	}

	@Test
	void absoluteAndMalformedLinks() {
		assertThat(WebLinks.forBase(SITE, null).resolve("https://other.example/x")).hasHost("other.example");
		assertThat(WebLinks.forBase(SITE, null).resolve("/spaces/a b")).isNull();
		assertThat(WebLinks.forBase(SITE, null).resolve(" ")).isNull();
	}

	@Test
	void lazyWebUrlResolvesAsWebUrlDoesOnFirstUseAndThenKeepsTheSameUri() {
		ConfluenceListContext context = new ConfluenceListContext(SITE,
				new ConfluenceResponse<>(200, new org.springframework.http.HttpHeaders(), "body"),
				"https://site.atlassian.net/wiki");
		java.util.function.Supplier<URI> lazy = context.lazyWebUrl("/spaces/ENG");
		URI first = lazy.get();
		assertThat(first).isEqualTo(context.webUrl("/spaces/ENG"))
			.isEqualTo(URI.create("https://site.atlassian.net/wiki/spaces/ENG"));
		assertThat(lazy.get()).isSameAs(first);
		assertThat(context.lazyWebUrl(null).get()).isNull();
		assertThat(context.lazyWebUrl("/spaces/a b").get()).isNull();
	}

}
