package io.github.springconfluence.client;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConfluenceBaseUrlTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.atlassian.net", "https://example.atlassian.net/",
			"https://example.atlassian.net/wiki", "https://example.atlassian.net/wiki/",
			" https://example.atlassian.net/wiki// ", "HTTPS://example.atlassian.net/WIKI" })
	void everySiteSpellingNormalisesToTheSiteRoot(String value) {
		ConfluenceBaseUrl baseUrl = ConfluenceBaseUrl.parse(value);
		assertThat(baseUrl.root()).isEqualTo(URI.create("https://example.atlassian.net"));
		assertThat(baseUrl.wikiBase()).isEqualTo(URI.create("https://example.atlassian.net/wiki"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://api.atlassian.com/ex/confluence/cloud-1",
			"https://api.atlassian.com/ex/confluence/cloud-1/",
			"https://api.atlassian.com/ex/confluence/cloud-1/wiki" })
	void gatewayPrefixIsKept(String value) {
		assertThat(ConfluenceBaseUrl.parse(value).root())
			.isEqualTo(URI.create("https://api.atlassian.com/ex/confluence/cloud-1"));
	}

	@Test
	void resolvesV2LinksWhichAlreadyStartWithWiki() {
		ConfluenceBaseUrl site = ConfluenceBaseUrl.parse("https://example.atlassian.net/wiki");
		assertThat(site.resolve("/wiki/api/v2/spaces?cursor=abc%3D&limit=250"))
			.isEqualTo(URI.create("https://example.atlassian.net/wiki/api/v2/spaces?cursor=abc%3D&limit=250"));
	}

	@Test
	void resolvesLinksUnderTheGatewayPrefix() {
		ConfluenceBaseUrl gateway = ConfluenceBaseUrl.parse("https://api.atlassian.com/ex/confluence/cloud-1");
		assertThat(gateway.resolve("/wiki/api/v2/spaces?cursor=x"))
			.isEqualTo(URI.create("https://api.atlassian.com/ex/confluence/cloud-1/wiki/api/v2/spaces?cursor=x"));
		assertThat(gateway.resolve("/ex/confluence/cloud-1/wiki/api/v2/spaces?cursor=x"))
			.isEqualTo(URI.create("https://api.atlassian.com/ex/confluence/cloud-1/wiki/api/v2/spaces?cursor=x"));
	}

	@Test
	void resolvesV1LinksRelativeToTheWikiContext() {
		ConfluenceBaseUrl site = ConfluenceBaseUrl.parse("https://example.atlassian.net");
		assertThat(site.resolve("/rest/api/space?start=25&limit=25"))
			.isEqualTo(URI.create("https://example.atlassian.net/wiki/rest/api/space?start=25&limit=25"));
	}

	@Test
	void acceptsAbsoluteLinksOnTheSameOrigin() {
		ConfluenceBaseUrl site = ConfluenceBaseUrl.parse("https://example.atlassian.net");
		assertThat(site.resolve("https://example.atlassian.net:443/wiki/api/v2/spaces?cursor=x"))
			.hasHost("example.atlassian.net");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example.com/wiki/api/v2/spaces?cursor=x",
			"http://example.atlassian.net/wiki/api/v2/spaces",
			"https://example.atlassian.net:8443/wiki/api/v2/spaces" })
	void resolvedLinksToAnotherOriginAreNotSameOrigin(String link) {
		ConfluenceBaseUrl site = ConfluenceBaseUrl.parse("https://example.atlassian.net");
		assertThat(site.isSameOrigin(site.resolve(link))).isFalse();
	}

	@Test
	void malformedLinksAreRefusedWithoutInventingAStatus() {
		ConfluenceBaseUrl site = ConfluenceBaseUrl.parse("https://example.atlassian.net");
		assertThatIllegalArgumentException().isThrownBy(() -> site.resolve("/wiki/api/v2/spaces?cursor=a b"))
			.withMessageContaining("malformed");
	}

	@Test
	void detectsLoopbackHostsWithoutResolvingNames() {
		assertThat(ConfluenceBaseUrl.parse("http://127.0.0.1:8090").isLoopback()).isTrue();
		assertThat(ConfluenceBaseUrl.parse("http://127.1.2.3").isLoopback()).isTrue();
		assertThat(ConfluenceBaseUrl.parse("http://localhost").isLoopback()).isTrue();
		assertThat(ConfluenceBaseUrl.parse("http://[::1]:80").isLoopback()).isTrue();
		assertThat(ConfluenceBaseUrl.parse("http://example.atlassian.net").isLoopback()).isFalse();
		assertThat(ConfluenceBaseUrl.parse("http://10.0.0.1").isLoopback()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.atlassian.net", "ftp://example.atlassian.net", "https:///wiki",
			"https://example.atlassian.net?x=1", "https://u:p@example.atlassian.net" })
	void rejectsValuesThatAreNotSiteUrls(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> ConfluenceBaseUrl.parse(value));
	}

}
