package io.github.springconfluence.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConfluenceQueryTests {

	@Test
	void buildsATemplateWhoseValuesAreVariables() {
		ConfluenceQuery query = ConfluenceQuery.path("/wiki/api/v2/pages/{id}/children")
			.pathVariables("42")
			.param("limit", 250)
			.list("id", List.of("1", "2"))
			.list("status", List.of())
			.param("title", null)
			.param("sort", "-title");
		assertThat(query.template()).isEqualTo("/wiki/api/v2/pages/{id}/children?limit={q1}&id={q2},{q3}&sort={q4}");
		assertThat(query.variables()).containsExactly("42", 250, "1", "2", "-title");
	}

	@Test
	void aValueCannotAddAParameterOrAListItem() {
		ConfluenceQuery query = ConfluenceQuery.path("/wiki/api/v2/pages").param("title", "a&b=c #?/é+");
		DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory("https://site.atlassian.net");
		factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		assertThat(factory.expand(query.template(), query.variables()).getRawQuery())
			.isEqualTo("title=a%26b%3Dc%20%23%3F%2F%C3%A9%2B");
		assertThatIllegalArgumentException().isThrownBy(() -> ConfluenceQuery.path("/x").list("id", List.of("1,2")))
			.withMessageContaining("cannot contain ','");
		assertThatIllegalArgumentException().isThrownBy(() -> ConfluenceQuery.path("/x").param("a=b", "1"));
	}

	@Test
	void aPathWithAQueryGetsMoreParametersAfterIt() {
		assertThat(ConfluenceQuery.path("/wiki/rest/api/search?cql={cql}")
			.pathVariables("type=page")
			.param("limit", 5)
			.template()).isEqualTo("/wiki/rest/api/search?cql={cql}&limit={q1}");
	}

}
