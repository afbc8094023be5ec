package io.github.springconfluence.test;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class V2UsersTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	@Test
	void bulkLookupAnswersTheKnownUsersInTheOrderAsked() {
		FakeConfluence fake = confluence.fake();
		fake.addUser("557058:ada", "Ada Lovelace");
		HttpResponse<String> response = Http.sendJson(fake, "POST", "/wiki/api/v2/users-bulk",
				"{\"accountIds\":[\"557058:ada\",\"557058:nobody\",\"" + FakeConfluence.OTHER_EDITOR_ACCOUNT_ID
						+ "\",\"" + fake.accountId() + "\",\"557058:ada\"]}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode results = Http.json(response).path("results");
		assertThat(results).hasSize(3);
		assertThat(results.get(0).path("displayName").asString()).isEqualTo("Ada Lovelace");
		assertThat(results.get(0).path("accountId").asString()).isEqualTo("557058:ada");
		assertThat(results.get(1).path("displayName").asString()).isEqualTo("Someone Else");
		assertThat(results.get(2).path("displayName").asString()).isEqualTo(fake.displayName());
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void moreThan250IdsOrNoneAreRefused() {
		FakeConfluence fake = confluence.fake();
		String tooMany = IntStream.range(0, 251)
			.mapToObj((i) -> "\"id" + i + "\"")
			.collect(Collectors.joining(",", "{\"accountIds\":[", "]}"));

		assertThat(Http.sendJson(fake, "POST", "/wiki/api/v2/users-bulk", tooMany).statusCode()).isEqualTo(400);
		assertThat(Http.sendJson(fake, "POST", "/wiki/api/v2/users-bulk", "{\"accountIds\":[]}").statusCode())
			.isEqualTo(400);
	}

}
