package io.github.springconfluence.test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class V1SpacesTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension();

	@BeforeEach
	void seed(FakeConfluence fake) {
		fake.clearSpaces();
		fake.addSpace(FakeSpace.of("DOCS", "Documentation").withDescription("All docs"));
		fake.seedSpaces(4);
	}

	@Test
	void listsSpacesWithOffsetPagingRelativeToTheWikiContext(FakeConfluence fake) {
		JsonNode first = Http.json(Http.get(fake, "/wiki/rest/api/space?limit=2"));
		JsonNode last = Http.json(Http.get(fake, "/wiki/rest/api/space?limit=2&start=4"));

		assertThat(first.path("start").asInt()).isZero();
		assertThat(first.path("limit").asInt()).isEqualTo(2);
		assertThat(first.path("size").asInt()).isEqualTo(2);
		assertThat(first.path("_links").path("next").asString()).isEqualTo("/rest/api/space?limit=2&start=2");
		assertThat(first.path("_links").path("context").asString()).isEqualTo("/wiki");
		assertThat(first.path("_links").path("base").asString()).isEqualTo(fake.baseUrl() + "/wiki");
		assertThat(first.path("_links").path("self").asString()).isEqualTo(fake.baseUrl() + "/wiki/rest/api/space");
		JsonNode docs = first.path("results").get(0);
		assertThat(docs.path("id").isNumber()).isTrue();
		assertThat(docs.path("id").asLong()).isEqualTo(fake.space("DOCS").orElseThrow().id());
		assertThat(docs.path("key").asString()).isEqualTo("DOCS");
		assertThat(docs.path("name").asString()).isEqualTo("Documentation");
		assertThat(docs.path("type").asString()).isEqualTo("global");
		assertThat(docs.path("status").asString()).isEqualTo("current");
		assertThat(docs.path("_links").path("webui").asString()).isEqualTo("/spaces/DOCS");
		assertThat(docs.path("_links").path("self").asString()).isEqualTo(fake.baseUrl() + "/wiki/rest/api/space/DOCS");
		assertThat(docs.path("_expandable").has("description")).isTrue();
		assertThat(docs.has("description")).isFalse();

		assertThat(last.path("size").asInt()).isEqualTo(1);
		assertThat(last.path("start").asInt()).isEqualTo(4);
		assertThat(last.path("_links").has("next")).isFalse();
		assertThat(last.path("results").get(0).path("key").asString()).isEqualTo("SPACE4");
	}

	@Test
	void filtersByKeyAndExpands(FakeConfluence fake) {
		FakeSpace docs = fake.space("DOCS").orElseThrow();
		JsonNode body = Http.json(
				Http.get(fake, "/wiki/rest/api/space?spaceKey=DOCS&spaceKey=SPACE2&expand=description.plain,homepage"));

		assertThat(body.path("size").asInt()).isEqualTo(2);
		JsonNode space = body.path("results").get(0);
		assertThat(space.path("description").path("plain").path("value").asString()).isEqualTo("All docs");
		assertThat(space.path("description").path("plain").path("representation").asString()).isEqualTo("plain");
		assertThat(space.path("homepage").path("id").asString()).isEqualTo(Long.toString(docs.homepageId()));
		assertThat(space.path("homepage").path("title").asString()).isEqualTo("Documentation Home");
		assertThat(body.path("results").get(1).path("key").asString()).isEqualTo("SPACE2");
	}

	@Test
	void answers410WhenTheV1ListIsGone(FakeConfluence fake) {
		fake.v1SpaceListGone(true);
		HttpResponse<String> response = Http.get(fake, "/wiki/rest/api/space");

		assertThat(response.statusCode()).isEqualTo(410);
		JsonNode body = Http.json(response);
		assertThat(body.path("statusCode").asInt()).isEqualTo(410);
		assertThat(body.path("message").asString()).isEqualTo("com.atlassian.confluence.api.service.exceptions."
				+ "GoneException: This deprecated endpoint has been removed.");
		assertThat(body.path("data").path("successful").asBoolean()).isFalse();
		// Writes still go through v1.
		assertThat(Http.send(write(fake, "POST", "/wiki/rest/api/space", "{\"key\":\"K\",\"name\":\"N\"}").build())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void createsASpaceWith200(FakeConfluence fake) {
		// The 2026 description defines no query parameter on writes
		// (RequestValidationTest shows the 400);
		// with validation off the fake still honours expand, as live sites do.
		fake.validateRequests(false);
		HttpResponse<String> response = Http.send(write(fake, "POST", "/wiki/rest/api/space?expand=description.plain",
				"{\"key\":\"NEW\",\"name\":\"New space\",\"description\":{\"plain\":{\"value\":\"Hello\","
						+ "\"representation\":\"plain\"}}}")
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.path("key").asString()).isEqualTo("NEW");
		assertThat(body.path("name").asString()).isEqualTo("New space");
		assertThat(body.path("id").isNumber()).isTrue();
		assertThat(body.path("description").path("plain").path("value").asString()).isEqualTo("Hello");
		FakeSpace created = fake.space("NEW").orElseThrow();
		assertThat(created.id()).isEqualTo(body.path("id").asLong());
		assertThat(created.authorId()).isEqualTo(fake.accountId());
		assertThat(created.description()).isEqualTo("Hello");
		assertThat(Http.json(Http.get(fake, "/wiki/api/v2/spaces?keys=NEW")).path("results")).hasSize(1);
	}

	@Test
	void refusesDuplicateKeysMissingFieldsAndInvalidJson(FakeConfluence fake) {
		HttpResponse<String> duplicate = Http
			.send(write(fake, "POST", "/wiki/rest/api/space", "{\"key\":\"DOCS\",\"name\":\"Again\"}").build());
		HttpResponse<String> noName = Http.send(write(fake, "POST", "/wiki/rest/api/space", "{\"key\":\"X\"}").build());
		HttpResponse<String> notJson = Http.send(write(fake, "POST", "/wiki/rest/api/space", "{key").build());

		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(Http.json(duplicate).path("message").asString()).isEqualTo("A space already exists with key DOCS");
		assertThat(Http.json(duplicate).path("statusCode").asInt()).isEqualTo(400);
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(fake.space("DOCS").orElseThrow().name()).isEqualTo("Documentation");
		assertThat(fake.space("X")).isEmpty();
	}

	@Test
	void refusesWritesWithoutTheXsrfHeaderOrAJsonBody(FakeConfluence fake) {
		HttpResponse<String> noXsrf = Http.send(Http.authorized(fake, "/wiki/rest/api/space")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"key\":\"NEW\",\"name\":\"New\"}"))
			.build());
		HttpResponse<String> textBody = Http.send(Http.authorized(fake, "/wiki/rest/api/space")
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "text/plain")
			.POST(Http.json("{\"key\":\"NEW\",\"name\":\"New\"}"))
			.build());
		HttpResponse<String> deleteNoXsrf = Http
			.send(Http.authorized(fake, "/wiki/rest/api/space/DOCS").DELETE().build());

		assertThat(noXsrf.statusCode()).isEqualTo(403);
		assertThat(Http.json(noXsrf).path("message").asString()).isEqualTo("XSRF check failed");
		assertThat(textBody.statusCode()).isEqualTo(415);
		assertThat(deleteNoXsrf.statusCode()).isEqualTo(403);
		assertThat(fake.space("NEW")).isEmpty();
		assertThat(fake.space("DOCS")).isPresent();
	}

	@Test
	void updatesNameAndDescription(FakeConfluence fake) {
		// See createsASpaceWith200: expand on a write needs validation off.
		fake.validateRequests(false);
		HttpResponse<String> renamed = Http
			.send(write(fake, "PUT", "/wiki/rest/api/space/DOCS", "{\"name\":\"Docs 2\"}").build());
		HttpResponse<String> described = Http
			.send(write(fake, "PUT", "/wiki/rest/api/space/DOCS?expand=description.plain",
					"{\"description\":{\"plain\":{\"value\":\"New text\",\"representation\":\"plain\"}}}")
				.build());
		HttpResponse<String> missing = Http
			.send(write(fake, "PUT", "/wiki/rest/api/space/NOPE", "{\"name\":\"x\"}").build());

		assertThat(renamed.statusCode()).isEqualTo(200);
		assertThat(Http.json(renamed).path("name").asString()).isEqualTo("Docs 2");
		assertThat(described.statusCode()).isEqualTo(200);
		assertThat(Http.json(described).path("name").asString()).isEqualTo("Docs 2");
		assertThat(Http.json(described).path("description").path("plain").path("value").asString())
			.isEqualTo("New text");
		assertThat(fake.space("DOCS").orElseThrow().description()).isEqualTo("New text");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Http.json(missing).path("statusCode").asInt()).isEqualTo(404);
	}

	@Test
	void deletesWith202AndAFinishedLongTask(FakeConfluence fake) {
		HttpResponse<String> deleted = Http.send(write(fake, "DELETE", "/wiki/rest/api/space/DOCS", null).build());

		assertThat(deleted.statusCode()).isEqualTo(202);
		JsonNode task = Http.json(deleted);
		String taskId = task.path("id").asString();
		assertThat(task.path("links").path("status").asString()).isEqualTo("/wiki/rest/api/longtask/" + taskId);
		assertThat(fake.space("DOCS")).isEmpty();

		JsonNode status = Http.json(Http.get(fake, "/wiki/rest/api/longtask/" + taskId));
		assertThat(status.path("id").asString()).isEqualTo(taskId);
		assertThat(status.path("name").path("key").asString()).isEqualTo("com.atlassian.confluence.space.delete");
		assertThat(status.path("finished").asBoolean()).isTrue();
		assertThat(status.path("successful").asBoolean()).isTrue();
		assertThat(status.path("percentageComplete").asInt()).isEqualTo(100);
		assertThat(status.path("messages").isArray()).isTrue();

		assertThat(Http.send(write(fake, "DELETE", "/wiki/rest/api/space/DOCS", null).build()).statusCode())
			.isEqualTo(404);
		assertThat(Http.get(fake, "/wiki/rest/api/longtask/999").statusCode()).isEqualTo(404);
	}

	@Test
	void answersUnknownRoutesWithTheV1Envelope(FakeConfluence fake) {
		HttpResponse<String> response = Http.get(fake, "/wiki/rest/api/content");

		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode body = Http.json(response);
		assertThat(body.path("statusCode").asInt()).isEqualTo(404);
		assertThat(body.path("data").path("authorized").isBoolean()).isTrue();
		assertThat(body.path("data").path("errors").isArray()).isTrue();
		assertThat(body.path("message").asString()).isNotEmpty();
	}

	private static HttpRequest.Builder write(FakeConfluence fake, String method, String path, String json) {
		HttpRequest.Builder builder = Http.authorized(fake, path).header("X-Atlassian-Token", "no-check");
		if (json == null) {
			return builder.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return builder.header("Content-Type", "application/json").method(method, Http.json(json));
	}

}
