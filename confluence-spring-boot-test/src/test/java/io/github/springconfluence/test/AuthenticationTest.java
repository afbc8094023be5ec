package io.github.springconfluence.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder().spaces(2));

	@Test
	void acceptsTheConfiguredEmailAndToken(FakeConfluence fake) {
		HttpResponse<String> response = Http.get(fake, "/wiki/api/v2/spaces");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
		assertThat(response.headers().firstValue("ATL-TraceId"))
			.hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
		assertThat(Http.json(response).path("results")).hasSize(2);
	}

	@Test
	void rejectsMissingCredentialsWithPlainTextAndNoChallenge(FakeConfluence fake) {
		HttpResponse<String> response = Http.send(Http.anonymous(fake, "/wiki/api/v2/spaces").build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(response.headers().firstValue("ATL-TraceId")).isPresent();
		assertThat(response.body()).isEqualTo("Basic authentication with passwords is deprecated.  For more "
				+ "information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/");
	}

	@Test
	void rejectsAWrongTokenAndOtherSchemes(FakeConfluence fake) {
		HttpResponse<String> wrongToken = Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
			.header("Authorization", Http.basic(fake.email(), "wrong", StandardCharsets.UTF_8))
			.build());
		HttpResponse<String> bearer = Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
			.header("Authorization", "Bearer " + fake.apiToken())
			.build());
		HttpResponse<String> garbage = Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
			.header("Authorization", "Basic !!!not-base64")
			.build());

		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(bearer.statusCode()).isEqualTo(401);
		assertThat(garbage.statusCode()).isEqualTo(401);
	}

	@Test
	void currentUserIsKnownWhenAuthenticated(FakeConfluence fake) {
		JsonNode user = Http.json(Http.get(fake, "/wiki/rest/api/user/current"));

		assertThat(user.path("type").asString()).isEqualTo("known");
		assertThat(user.path("accountId").asString()).isEqualTo(FakeConfluence.DEFAULT_ACCOUNT_ID);
		assertThat(user.path("accountType").asString()).isEqualTo("atlassian");
		assertThat(user.path("email").asString()).isEqualTo(FakeConfluence.DEFAULT_EMAIL);
		assertThat(user.path("displayName").asString()).isEqualTo(FakeConfluence.DEFAULT_DISPLAY_NAME);
		assertThat(user.path("publicName").asString()).isEqualTo(FakeConfluence.DEFAULT_DISPLAY_NAME);
	}

	@Test
	void anonymousModeServesReadsAnonymouslyAndRefusesWrites(FakeConfluence fake) {
		fake.anonymousAccess(true);

		HttpResponse<String> spaces = Http.send(Http.anonymous(fake, "/wiki/api/v2/spaces").build());
		JsonNode user = Http.json(Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
			.header("Authorization", Http.basic(fake.email(), "wrong", StandardCharsets.UTF_8))
			.build()));
		HttpResponse<String> create = Http.send(Http.anonymous(fake, "/wiki/rest/api/space")
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"key\":\"ANON\",\"name\":\"Anon\"}"))
			.build());
		JsonNode known = Http.json(Http.get(fake, "/wiki/rest/api/user/current"));

		assertThat(spaces.statusCode()).isEqualTo(200);
		assertThat(Http.json(spaces).path("results")).hasSize(2);
		assertThat(user.path("type").asString()).isEqualTo("anonymous");
		assertThat(user.path("displayName").asString()).isEqualTo("Anonymous");
		assertThat(user.has("accountId")).isFalse();
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(Http.json(create).path("statusCode").asInt()).isEqualTo(403);
		assertThat(fake.space("ANON")).isEmpty();
		assertThat(known.path("type").asString()).isEqualTo("known");
	}

	@Test
	void decodesNonAsciiEmailsAsUtf8() {
		String email = "jörg.müller@exämple.com";
		try (FakeConfluence fake = FakeConfluence.builder().email(email).apiToken("tökén").start()) {
			HttpResponse<String> utf8 = Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
				.header("Authorization", Http.basic(email, "tökén", StandardCharsets.UTF_8))
				.build());
			HttpResponse<String> latin1 = Http.send(Http.anonymous(fake, "/wiki/rest/api/user/current")
				.header("Authorization", Http.basic(email, "tökén", StandardCharsets.ISO_8859_1))
				.build());

			assertThat(utf8.statusCode()).isEqualTo(200);
			assertThat(Http.json(utf8).path("email").asString()).isEqualTo(email);
			assertThat(latin1.statusCode()).isEqualTo(401);
		}
	}

}
