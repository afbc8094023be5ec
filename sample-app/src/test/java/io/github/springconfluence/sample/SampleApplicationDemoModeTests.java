package io.github.springconfluence.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app end to end, as a user starts it without any Confluence settings: demo
 * mode.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "confluence.base-url=", "confluence.email=", "confluence.api-token=" })
class SampleApplicationDemoModeTests {

	@LocalServerPort
	private int port;

	@Autowired
	private FakeConfluence demoConfluence;

	private RestClient app() {
		return RestClient.create("http://127.0.0.1:" + this.port);
	}

	@Test
	void listsTheDemoSpaces() {
		List<Map<String, Object>> spaces = app().get()
			.uri("/spaces")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(spaces).extracting((space) -> space.get("key"))
			.containsExactlyInAnyOrder("ENG", "OPS", "HR", "ARCHIVE", "~jane");
		assertThat(spaces).filteredOn((space) -> "ENG".equals(space.get("key"))).singleElement().satisfies((space) -> {
			assertThat(space).containsEntry("name", "Engineering")
				.containsEntry("type", "global")
				.containsEntry("status", "current")
				.containsEntry("webUrl", this.demoConfluence.baseUrl() + "/wiki/spaces/ENG");
		});
	}

	@Test
	void showsOneSpaceOr404() {
		Map<String, Object> ops = app().get().uri("/spaces/OPS").retrieve().body(new ParameterizedTypeReference<>() {
		});
		assertThat(ops).containsEntry("key", "OPS").containsEntry("name", "Operations");
		HttpStatusCode missing = app().get()
			.uri("/spaces/NOPE")
			.exchange((request, response) -> response.getStatusCode());
		assertThat(missing.value()).isEqualTo(404);
	}

	@Test
	void healthShowsTheConfluenceComponentUp() {
		Map<String, Object> health = app().get()
			.uri("/actuator/health")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(health).containsEntry("status", "UP");
		@SuppressWarnings("unchecked")
		Map<String, Object> confluence = (Map<String, Object>) ((Map<String, Object>) health.get("components"))
			.get("confluence");
		assertThat(confluence).containsEntry("status", "UP");
		@SuppressWarnings("unchecked")
		Map<String, Object> details = (Map<String, Object>) confluence.get("details");
		assertThat(details).containsEntry("site", this.demoConfluence.baseUrl())
			.containsEntry("accountId", this.demoConfluence.accountId())
			.containsEntry("displayName", this.demoConfluence.displayName())
			.containsKey("endpoint");
		assertThat(health.toString()).doesNotContain(this.demoConfluence.apiToken());
	}

	@Test
	void answersConfluenceFailuresWith502AndInvalidKeysWith400() {
		this.demoConfluence.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.times(Fault.ALWAYS)
			.status(401)
			.body("text/plain", "Basic authentication with passwords is deprecated."));
		try {
			Map<String, Object> problem = app().get().uri("/spaces/ENG").exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(502);
				return response.bodyTo(new ParameterizedTypeReference<Map<String, Object>>() {
				});
			});
			assertThat(problem).containsEntry("confluenceStatus", 401).containsKey("traceId");
			assertThat((String) problem.get("detail")).contains("confluence.api-token");
		}
		finally {
			this.demoConfluence.clearFaults();
		}
		HttpStatusCode invalid = app().get()
			.uri("/spaces/{key}", "A,B")
			.exchange((request, response) -> response.getStatusCode());
		assertThat(invalid.value()).isEqualTo(400);
	}

	@Test
	void listsTheDemoPageTreeShowsAPageAndPublishesIdempotently() {
		List<Map<String, Object>> pages = app().get()
			.uri("/spaces/ENG/pages")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(pages).extracting((page) -> page.get("title"))
			.contains("Architecture", "Services", "Data model", "Release notes");
		Map<String, Object> architecture = pages.stream()
			.filter((page) -> "Architecture".equals(page.get("title")))
			.findFirst()
			.orElseThrow();
		assertThat((String) architecture.get("webUrl"))
			.startsWith(this.demoConfluence.baseUrl() + "/wiki/spaces/ENG/pages/");
		Map<String, Object> page = app().get()
			.uri("/pages/{id}", architecture.get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(page).containsEntry("title", "Architecture")
			.containsEntry("version", 1)
			.containsEntry("body", "<p>How the system fits together.</p>");
		assertThat(
				app().get().uri("/pages/999999999").exchange((request, response) -> response.getStatusCode()).value())
			.isEqualTo(404);

		Map<String, Object> request = Map.of("title", "Build report", "body", "<p>All green</p>");
		Map<String, Object> created = publish(request);
		assertThat(created).containsEntry("outcome", "CREATED").containsEntry("version", 1);
		assertThat(publish(request)).containsEntry("outcome", "UNCHANGED").containsEntry("id", created.get("id"));
		Map<String, Object> updated = publish(Map.of("title", "Build report", "body", "<p>One red</p>"));
		assertThat(updated).containsEntry("outcome", "UPDATED").containsEntry("version", 2);
	}

	@Test
	void searchesTheUsersWordsSafelyThroughCql() {
		List<Map<String, Object>> found = search("failover");
		assertThat(found).extracting((result) -> result.get("title")).containsExactly("Database failover");
		assertThat(found.get(0)).containsEntry("type", "page").containsEntry("spaceKey", "OPS");
		assertThat((String) found.get(0).get("webUrl"))
			.startsWith(this.demoConfluence.baseUrl() + "/wiki/spaces/OPS/pages/");
		assertThat(search("the system")).extracting((result) -> result.get("title")).containsExactly("Architecture");
		// Words that would change a concatenated query stay words: no error, nothing
		// extra.
		assertThat(search("failover\") OR type = \"space")).isEmpty();
		assertThat(search("\" OR title ~ \"")).isEmpty();
		assertThat(this.demoConfluence.rejectedRequests()).isEmpty();
		assertThat(app().get().uri("/search?q= ").exchange((request, response) -> response.getStatusCode()).value())
			.isEqualTo(400);
	}

	private List<Map<String, Object>> search(String words) {
		return app().get().uri("/search?q={q}", words).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	@Test
	void listsDownloadsAndUploadsAttachmentsStreamingThemThrough() {
		String architectureId = pageId("Architecture");
		List<Map<String, Object>> listed = app().get()
			.uri("/pages/{id}/attachments", architectureId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		Map<String, Object> overview = listed.stream()
			.filter((attachment) -> "system-overview.txt".equals(attachment.get("title")))
			.findFirst()
			.orElseThrow();
		assertThat(overview).containsEntry("mediaType", "text/plain")
			.containsEntry("download", "/attachments/" + overview.get("id") + "/download");
		ResponseEntity<byte[]> download = app().get()
			.uri((String) overview.get("download"))
			.retrieve()
			.toEntity(byte[].class);
		assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("web -> api -> billing, search\n");
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_PLAIN);
		assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("system-overview.txt");
		// The media hop went without the site's credentials.
		assertThat(this.demoConfluence.mediaRequests()).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());

		byte[] content = "Größe: 42\n".getBytes(StandardCharsets.UTF_8);
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.TEXT_PLAIN);
		fileHeaders.setContentDisposition(
				ContentDisposition.formData().name("file").filename("Übersicht.txt", StandardCharsets.UTF_8).build());
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new HttpEntity<>(content, fileHeaders));
		form.add("comment", "Erste Fassung");
		Map<String, Object> uploaded = app().post()
			.uri("/pages/{id}/attachments", architectureId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(uploaded).containsEntry("title", "Übersicht.txt")
			.containsEntry("fileSize", content.length)
			.containsEntry("version", 1);
		assertThat(this.demoConfluence.attachment((String) uploaded.get("id")).orElseThrow().comment())
			.isEqualTo("Erste Fassung");
		// Sent with its length, as a re-readable source (so the starter may retry it).
		assertThat(this.demoConfluence.requests("PUT", "/wiki/rest/api/content/" + architectureId + "/child/attachment")
			.get(0)
			.header("Content-Length")).isNotNull();
		byte[] roundTrip = app().get().uri((String) uploaded.get("download")).retrieve().body(byte[].class);
		assertThat(roundTrip).isEqualTo(content);

		// As curl sends it: application/octet-stream, so the type comes from the name;
		// the
		// same name adds a version.
		fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> again = new LinkedMultiValueMap<>();
		again.add("file", new HttpEntity<>("v2".getBytes(StandardCharsets.UTF_8), fileHeaders));
		Map<String, Object> second = app().post()
			.uri("/pages/{id}/attachments", architectureId)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(again)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(second).containsEntry("id", uploaded.get("id"))
			.containsEntry("version", 2)
			.containsEntry("mediaType", "text/plain");

		assertThat(app().get()
			.uri("/attachments/att999999/download")
			.exchange((request, response) -> response.getStatusCode())
			.value()).isEqualTo(404);
		assertThat(app().get()
			.uri("/pages/999999999/attachments")
			.exchange((request, response) -> response.getStatusCode())
			.value()).isEqualTo(404);
	}

	private String pageId(String title) {
		return this.demoConfluence.pages("ENG")
			.stream()
			.filter((page) -> title.equals(page.title()))
			.findFirst()
			.map((page) -> Long.toString(page.id()))
			.orElseThrow();
	}

	@Test
	void publishesMarkdownAsStorageFormatIdempotently() {
		String markdown = "# Runbook\n\n> **Warning**\n> Never on Fridays.\n\n```sh\nkubectl rollout restart\n```\n";
		Map<String, Object> request = Map.of("title", "Markdown runbook", "markdown", markdown);
		Map<String, Object> created = app().post()
			.uri("/spaces/OPS/publish-markdown")
			.body(request)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(created).containsEntry("outcome", "CREATED").containsEntry("version", 1);
		String body = this.demoConfluence.page(Long.parseLong((String) created.get("id"))).orElseThrow().body();
		assertThat(body).contains("<h1>Runbook</h1>")
			.contains("ac:name=\"warning\"")
			.contains("<ac:parameter ac:name=\"language\">sh</ac:parameter>")
			.contains("<![CDATA[kubectl rollout restart");
		Map<String, Object> again = app().post()
			.uri("/spaces/OPS/publish-markdown")
			.body(request)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(again).containsEntry("outcome", "UNCHANGED").containsEntry("id", created.get("id"));
	}

	@Test
	void readsPagesAsSpringAiDocumentsWithMarkdownText() {
		List<Map<String, Object>> documents = app().get()
			.uri("/documents?cql={cql}", "space = \"OPS\" AND title ~ \"failover\"")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(documents).singleElement().satisfies((document) -> {
			assertThat(document.get("markdown")).isEqualTo("1. Page the on-call DBA.\n");
			@SuppressWarnings("unchecked")
			Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
			assertThat(metadata).containsEntry("title", "Database failover")
				.containsEntry("spaceKey", "OPS")
				.containsEntry("version", 1)
				.containsEntry("ancestors", List.of("Runbooks"))
				.containsEntry("author", this.demoConfluence.displayName());
			assertThat(document.get("id")).isEqualTo(metadata.get("id"));
		});
		assertThat(
				app().get().uri("/documents?cql= ").exchange((request, response) -> response.getStatusCode()).value())
			.isEqualTo(400);
	}

	private Map<String, Object> publish(Map<String, Object> request) {
		return app().post()
			.uri("/spaces/ENG/publish")
			.body(request)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
