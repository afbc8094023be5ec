package io.github.springconfluence.client;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class NextLinksTests {

	@Test
	void prefersTheBodyLink() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.LINK, "</wiki/api/v2/spaces?cursor=header>; rel=\"next\"");
		assertThat(NextLinks.next("/wiki/api/v2/spaces?cursor=body", headers))
			.isEqualTo("/wiki/api/v2/spaces?cursor=body");
	}

	@Test
	void fallsBackToTheLinkHeader() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.LINK,
				"</wiki/api/v2/spaces?cursor=prev>; rel=\"prev\", </wiki/api/v2/spaces?cursor=a,b>; rel=\"next\"");
		assertThat(NextLinks.next(null, headers)).isEqualTo("/wiki/api/v2/spaces?cursor=a,b");
		assertThat(NextLinks.next("  ", headers)).isEqualTo("/wiki/api/v2/spaces?cursor=a,b");
	}

	@Test
	void acceptsUnquotedAndMultiValuedRelations() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.LINK, "</next>; title=\"x\"; rel=\"last next\"");
		assertThat(NextLinks.next(null, headers)).isEqualTo("/next");
		HttpHeaders unquoted = new HttpHeaders();
		unquoted.add(HttpHeaders.LINK, "</next2>;rel=next");
		assertThat(NextLinks.next(null, unquoted)).isEqualTo("/next2");
	}

	@Test
	void noNextLinkOnTheLastPage() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.LINK, "</wiki/api/v2/spaces?cursor=prev>; rel=\"prev\"");
		assertThat(NextLinks.next(null, headers)).isNull();
		assertThat(NextLinks.next(null, new HttpHeaders())).isNull();
	}

}
