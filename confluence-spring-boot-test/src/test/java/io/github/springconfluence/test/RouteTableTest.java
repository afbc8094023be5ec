package io.github.springconfluence.test;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RouteTableTest {

	private static final Endpoint NONE = call -> Response.noContent();

	@Test
	void extractsPathVariablesAndPrefersLiteralSegments() {
		RouteTable table = new RouteTable().add("GET", "/wiki/api/v2/pages/{id}/{child}", NONE)
			.add("GET", "/wiki/api/v2/pages/{id}/attachments", NONE);

		RouteTable.Match match = table.match("GET", "/wiki/api/v2/pages/42/attachments");
		RouteTable.Match other = table.match("get", "/wiki/api/v2/pages/42/labels/");

		assertThat(match.route().template()).hasToString("/wiki/api/v2/pages/{id}/attachments");
		assertThat(match.variables()).isEqualTo(Map.of("id", "42"));
		assertThat(other.route().template()).hasToString("/wiki/api/v2/pages/{id}/{child}");
		assertThat(other.variables()).containsEntry("child", "labels");
	}

	@Test
	void matchesNothingForOtherMethodsEmptySegmentsOrOtherLengths() {
		RouteTable table = new RouteTable().add("DELETE", "/wiki/api/v2/attachments/{id}", NONE);

		assertThat(table.match("GET", "/wiki/api/v2/attachments/att1")).isNull();
		assertThat(table.match("DELETE", "/wiki/api/v2/attachments//")).isNull();
		assertThat(table.match("DELETE", "/wiki/api/v2/attachments/att1/versions")).isNull();
		assertThat(table.match("DELETE", "/wiki/api/v2/attachments/att1")).isNotNull();
	}

	@Test
	void refusesTheSameRouteTwice() {
		RouteTable table = new RouteTable().add("GET", "/a/{x}", NONE);
		assertThatIllegalStateException().isThrownBy(() -> table.add("get", "/a/{x}", NONE));
	}

}
