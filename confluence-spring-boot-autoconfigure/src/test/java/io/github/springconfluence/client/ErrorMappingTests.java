package io.github.springconfluence.client;

import java.time.Duration;

import io.github.springconfluence.ConfluenceAccessDeniedException;
import io.github.springconfluence.ConfluenceConflictException;
import io.github.springconfluence.ConfluenceAuthenticationException;
import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every failure becomes a typed {@link ConfluenceException} with the status, Confluence's
 * own message and the trace id, over real HTTP.
 */
class ErrorMappingTests {

	private static final String SPACES = "/wiki/api/v2/spaces";

	private static final String TRACE = "trace-4711";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	// Retries are RetryTests' subject: here each fault must reach the caller as it is.
	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.read-timeout=1s", "confluence.retry.max-retries=0");

	@Test
	void v1JsonEnvelope() {
		fail(404, "application/json", "{\"statusCode\":404,\"data\":{\"authorized\":true,\"valid\":true,\"errors\":[],"
				+ "\"successful\":false},\"message\":\"No space found with key ENG\"}");
		ConfluenceNotFoundException ex = call(ConfluenceNotFoundException.class, (spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(404);
		assertThat(ex.traceId()).isEqualTo(TRACE);
		assertThat(ex).hasMessageContaining("No space found with key ENG")
			.hasMessageContaining("GET /wiki/api/v2/spaces")
			.hasMessageContaining(TRACE);
	}

	@Test
	void v2JsonEnvelope() {
		fail(403, "application/json", "{\"errors\":[{\"status\":403,\"code\":\"PERMISSION_DENIED\","
				+ "\"title\":\"Permission denied\",\"detail\":\"You cannot view spaces\"}]}");
		ConfluenceAccessDeniedException ex = call(ConfluenceAccessDeniedException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(403);
		assertThat(ex).hasMessageContaining("Permission denied: You cannot view spaces");
	}

	@Test
	void aConflictCarriesTheCurrentVersionThatConfluenceNames() {
		fail(409, "application/json", "{\"errors\":[{\"status\":409,\"code\":\"CONFLICT\","
				+ "\"title\":\"Version must be incremented on update. Current version is: 7\",\"detail\":null}]}");
		ConfluenceConflictException ex = call(ConfluenceConflictException.class, (spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(409);
		assertThat(ex.currentVersion()).isEqualTo(7);
		assertThat(ex.traceId()).isEqualTo(TRACE);
		assertThat(ex).hasMessageContaining("Current version is: 7")
			.hasMessageContaining("read it again, apply the change again");
		fake.clearFaults();
		fail(409, "text/plain", "Conflict");
		assertThat(call(ConfluenceConflictException.class, (spaces) -> spaces.spaces().toList()).currentVersion())
			.isNull();
	}

	@Test
	void plainTextFromAtlassiansProxyForAWrongToken() {
		this.contextRunner.withPropertyValues("confluence.api-token=not-the-token").run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			ConfluenceAuthenticationException ex = catchThrowableOfType(ConfluenceAuthenticationException.class,
					() -> spaces.findByKey("ENG"));
			assertThat(ex).isNotNull();
			assertThat(ex.statusCode()).isEqualTo(401);
			assertThat(ex.traceId()).isNotBlank();
			assertThat(ex).hasMessageContaining("Basic authentication with passwords is deprecated")
				.hasMessageContaining("confluence.api-token")
				.hasMessageContaining("api.atlassian.com/ex/confluence")
				.hasMessageNotContaining("not-the-token");
		});
	}

	@Test
	void htmlFromAProxy() {
		fail(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
		ConfluenceServerException ex = call(ConfluenceServerException.class, (spaces) -> spaces.findByKey("ENG"));
		assertThat(ex.statusCode()).isEqualTo(502);
		assertThat(ex).hasMessageContaining("HTML page: 502 Bad Gateway");
	}

	@Test
	void emptyBodies() {
		fail(404, null, null);
		ConfluenceNotFoundException notFound = call(ConfluenceNotFoundException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(notFound.traceId()).isEqualTo(TRACE);
		fake.reset();
		fail(418, null, null);
		ConfluenceException teapot = call(ConfluenceException.class, (spaces) -> spaces.spaces().toList());
		assertThat(teapot.statusCode()).isEqualTo(418);
		assertThat(teapot).hasMessageStartingWith("Confluence answered 418 to GET /wiki/api/v2/spaces");
	}

	@Test
	void rateLimitCarriesTheWait() {
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "7").header("ATL-TraceId", TRACE));
		ConfluenceRateLimitException ex = call(ConfluenceRateLimitException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(7));
		assertThat(ex.statusCode()).isEqualTo(429);
	}

	@Test
	void malformedJsonOnSuccess() {
		fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("ATL-TraceId", TRACE)
			.body("application/json", "{\"results\":[{\"id\":\"1\",,,"));
		ConfluenceResponseFormatException ex = call(ConfluenceResponseFormatException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(200);
		assertThat(ex.traceId()).isEqualTo(TRACE);
		assertThat(ex).hasMessageContaining("not the expected JSON");
	}

	@Test
	void htmlLoginPageOnSuccess() {
		fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("ATL-TraceId", TRACE)
			.body("text/html", "<html><head><title>Log in</title></head></html>"));
		ConfluenceResponseFormatException ex = call(ConfluenceResponseFormatException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(200);
		assertThat(ex).hasMessageContaining("instead of JSON").hasMessageContaining("Log in");
	}

	@Test
	void connectionRefused() {
		FakeConfluence stopped = new FakeConfluence().start();
		String baseUrl = stopped.baseUrl();
		stopped.stop();
		this.contextRunner.withPropertyValues("confluence.base-url=" + baseUrl).run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			ConfluenceTransportException ex = catchThrowableOfType(ConfluenceTransportException.class,
					() -> spaces.findByKey("ENG"));
			assertThat(ex).isNotNull();
			assertThat(ex.statusCode()).isZero();
			assertThat(ex).hasMessageContaining("Could not reach Confluence at " + baseUrl);
		});
	}

	@Test
	void readTimeout() {
		fake.inject(Fault.on("GET", SPACES).status(200).delay(Duration.ofSeconds(3)).body("application/json", "{}"));
		ConfluenceTransportException ex = call(ConfluenceTransportException.class, (spaces) -> spaces.findByKey("ENG"));
		assertThat(ex).hasMessageContaining("timed out").hasMessageContaining("confluence.read-timeout");
	}

	@Test
	void bodyThatStallsMidStreamTimesOut() {
		fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("ATL-TraceId", TRACE)
			.stallBody(Duration.ofSeconds(5))
			.body("application/json", "{\"results\":[" + "{\"id\":\"1\",\"key\":\"A\"},".repeat(200) + "{}]}"));
		// The stall outlasts the 1 s read timeout: completing the body would mean the
		// timeout did not apply.
		ConfluenceResponseFormatException ex = call(ConfluenceResponseFormatException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(200);
		assertThat(ex.traceId()).isEqualTo(TRACE);
		assertThat(ex).hasMessageContaining("confluence.read-timeout");
	}

	@Test
	void bodyCutOffMidStream() {
		fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("ATL-TraceId", TRACE)
			.truncateBody()
			.body("application/json", "{\"results\":[" + "{\"id\":\"1\",\"key\":\"A\"},".repeat(200) + "{}]}"));
		ConfluenceResponseFormatException ex = call(ConfluenceResponseFormatException.class,
				(spaces) -> spaces.spaces().toList());
		assertThat(ex.statusCode()).isEqualTo(200);
		assertThat(ex.traceId()).isEqualTo(TRACE);
	}

	@Test
	void connectionResetWithoutResponse() {
		// times(ALWAYS): the JDK client transparently retries an idempotent request once
		// on a closed connection
		fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).resetConnection());
		ConfluenceTransportException ex = call(ConfluenceTransportException.class, (spaces) -> spaces.findByKey("ENG"));
		assertThat(ex.statusCode()).isZero();
	}

	@Test
	void followsRedirectsOnTheSameOrigin() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/old-spaces")
			.status(301)
			.header("Location", "/wiki/api/v2/spaces?keys=ENG&limit=1"));
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			ConfluenceResponse<tools.jackson.databind.JsonNode> response = api.get("/wiki/api/v2/old-spaces",
					tools.jackson.databind.JsonNode.class);
			assertThat(response.body().path("results").get(0).path("key").asString()).isEqualTo("ENG");
			assertThat(fake.requests()).hasSize(2)
				.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("Basic "));
		});
	}

	@Test
	void refusesRedirectsToAnotherOriginWithoutSendingCredentials() {
		try (FakeConfluence other = new FakeConfluence().start()) {
			other.addSpace("ENG", "Engineering");
			for (int status : new int[] { 301, 302, 303, 307, 308 }) {
				fake.reset();
				other.clearRequests();
				fake.inject(Fault.on("GET", SPACES)
					.status(status)
					.header("Location", other.baseUrl() + "/wiki/api/v2/spaces?keys=ENG")
					.header("ATL-TraceId", TRACE));
				ConfluenceRedirectException ex = call(ConfluenceRedirectException.class,
						(spaces) -> spaces.findByKey("ENG"));
				assertThat(ex.statusCode()).isEqualTo(status);
				assertThat(ex.location()).startsWith(other.baseUrl());
				assertThat(ex).hasMessageContaining(other.baseUrl()).hasMessageContaining("confluence.base-url");
				assertThat(other.requests()).isEmpty();
			}
		}
	}

	@Test
	void theRawConfluenceRestClientRaisesTheSameExceptions() {
		fail(404, "application/json", "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"title\":\"Not Found\"}]}");
		this.contextRunner.run((context) -> {
			RestClient client = context.getBean("confluenceRestClient", RestClient.class);
			ConfluenceNotFoundException ex = catchThrowableOfType(ConfluenceNotFoundException.class,
					() -> client.get().uri(SPACES).retrieve().body(String.class));
			assertThat(ex).isNotNull();
			assertThat(ex.traceId()).isEqualTo(TRACE);
		});
	}

	@Test
	void theRawConfluenceRestClientRaisesTransportExceptionsToo() {
		FakeConfluence stopped = new FakeConfluence().start();
		String baseUrl = stopped.baseUrl();
		stopped.stop();
		this.contextRunner.withPropertyValues("confluence.base-url=" + baseUrl).run((context) -> {
			RestClient client = context.getBean("confluenceRestClient", RestClient.class);
			ConfluenceTransportException ex = catchThrowableOfType(ConfluenceTransportException.class,
					() -> client.get().uri(SPACES).retrieve().body(String.class));
			assertThat(ex).isNotNull();
			assertThat(ex).hasMessageContaining("GET /wiki/api/v2/spaces");
		});
	}

	@Test
	void redirectMessagesLeaveOutTheQueryWhichMayCarryAToken() {
		fake.inject(Fault.on("GET", SPACES)
			.status(302)
			.header("Location", "https://api.media.atlassian.com/file/1/binary?token=SECRET-MEDIA-TOKEN"));
		ConfluenceRedirectException ex = call(ConfluenceRedirectException.class, (spaces) -> spaces.findByKey("ENG"));
		assertThat(ex).hasMessageContaining("https://api.media.atlassian.com/file/1/binary")
			.hasMessageNotContaining("SECRET-MEDIA-TOKEN");
		assertThat(ex.location()).contains("SECRET-MEDIA-TOKEN");
	}

	@Test
	void errorBodiesAreReadOnlyUpToABound() {
		// The body stalls after its first 500 KB for longer than the 1 s read timeout: a
		// reader
		// that wanted all of it would time out and have no text to show.
		fake.inject(Fault.on("GET", SPACES)
			.status(500)
			.header("ATL-TraceId", TRACE)
			.stallBody(Duration.ofSeconds(5))
			.body("text/plain", "e".repeat(1_000_000)));
		ConfluenceServerException ex = call(ConfluenceServerException.class, (spaces) -> spaces.findByKey("ENG"));
		assertThat(ex.getMessage()).hasSizeLessThan(2_000).contains("eeeeeeeeee"); // the
																					// text
																					// before
																					// the
																					// stall
		assertThat(ex.traceId()).isEqualTo(TRACE);
	}

	private static void fail(int status, String contentType, String body) {
		Fault fault = Fault.on("GET", SPACES).status(status).header("ATL-TraceId", TRACE);
		if (contentType != null) {
			fault = fault.body(contentType, body);
		}
		fake.inject(fault);
	}

	private <T extends ConfluenceException> T call(Class<T> type, SpaceCall call) {
		Object[] caught = new Object[1];
		this.contextRunner.run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			ThrowingCallable callable = () -> call.run(spaces);
			caught[0] = catchThrowableOfType(type, callable);
		});
		assertThat(caught[0]).as("expected a %s", type.getSimpleName()).isNotNull();
		return type.cast(caught[0]);
	}

	@FunctionalInterface
	interface SpaceCall {

		Object run(ConfluenceSpaceService spaces);

	}

}
