package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LargeSiteTest {

	@Test
	void seeds300000SpacesAndPagesThroughThem() {
		try (FakeConfluence fake = FakeConfluence.builder().pathPrefix("/ex/confluence/big").build()) {
			fake.seedSpaces(300_000);
			fake.start();

			assertThat(fake.spaceCount()).isEqualTo(300_000);
			List<String> keys = new ArrayList<>();
			String path = "/wiki/api/v2/spaces?limit=250";
			for (int page = 0; page < 5; page++) {
				JsonNode body = Http.json(Http.get(fake, path));
				body.path("results").forEach(space -> keys.add(space.path("key").asString()));
				path = body.path("_links").path("next").asString();
			}
			assertThat(keys).hasSize(1_250).doesNotHaveDuplicates();
			assertThat(keys.get(0)).isEqualTo("SPACE1");
			assertThat(keys.get(1_249)).isEqualTo("SPACE1250");

			JsonNode newest = Http.json(Http.get(fake, "/wiki/api/v2/spaces?sort=-id&limit=2"));
			assertThat(newest.path("results").get(0).path("key").asString()).isEqualTo("SPACE300000");
			JsonNode byKey = Http.json(Http.get(fake, "/wiki/api/v2/spaces?keys=SPACE299999"));
			assertThat(byKey.path("results").get(0).path("name").asString()).isEqualTo("Space 299999");
			JsonNode v1 = Http.json(Http.get(fake, "/wiki/rest/api/space?start=299990&limit=25"));
			assertThat(v1.path("size").asInt()).isEqualTo(10);
			assertThat(v1.path("_links").has("next")).isFalse();
		}
	}

}
