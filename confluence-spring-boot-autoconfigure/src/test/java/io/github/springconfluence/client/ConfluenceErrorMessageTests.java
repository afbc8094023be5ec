package io.github.springconfluence.client;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ConfluenceErrorMessageTests {

	@Test
	void readsTheV1Envelope() {
		String body = "{\"statusCode\":404,\"data\":{\"authorized\":false,\"valid\":false,\"errors\":[{\"message\":"
				+ "{\"translation\":\"No space with key : NOPE\",\"args\":[]}}],\"successful\":false},"
				+ "\"message\":\"No space with key : NOPE\"}";
		assertThat(extract(MediaType.APPLICATION_JSON, body)).isEqualTo("No space with key : NOPE");
	}

	@Test
	void readsTheV2Envelope() {
		String body = "{\"errors\":[{\"status\":400,\"code\":\"INVALID_REQUEST_PARAMETER\",\"title\":\"Provided value "
				+ "{abc} for 'id' is not the correct type.\",\"detail\":null}]}";
		assertThat(extract(MediaType.APPLICATION_JSON, body))
			.isEqualTo("Provided value {abc} for 'id' is not the correct type.");
	}

	@Test
	void readsTheGatewayShape() {
		assertThat(extract(MediaType.APPLICATION_JSON,
				"{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}"))
			.isEqualTo("Unauthorized; scope does not match");
	}

	@Test
	void keepsPlainTextCollapsed() {
		assertThat(extract(MediaType.TEXT_PLAIN,
				"Basic authentication with passwords is deprecated.  For more information, see: https://x\n"))
			.isEqualTo("Basic authentication with passwords is deprecated. For more information, see: https://x");
	}

	@Test
	void summarisesHtmlByItsTitle() {
		String html = "<!DOCTYPE html><html><head><title>Log in with Atlassian account</title><script>var x=1;</script>"
				+ "</head><body><h1>Sign in</h1></body></html>";
		assertThat(extract(MediaType.TEXT_HTML, html)).isEqualTo("HTML page: Log in with Atlassian account");
		assertThat(extract(null, "<html><body><p>502 Bad Gateway</p></body></html>"))
			.isEqualTo("HTML page: 502 Bad Gateway");
	}

	@Test
	void boundsLongBodies() {
		assertThat(extract(MediaType.TEXT_PLAIN, "x".repeat(100_000))).hasSize(ConfluenceErrorMessage.MAX_LENGTH + 1);
	}

	@Test
	void emptyBodyHasNoMessage() {
		assertThat(extract(MediaType.APPLICATION_JSON, "")).isNull();
		assertThat(extract(null, "  \n")).isNull();
	}

	@Test
	void parsesRetryAfterSecondsAndHttpDates() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
		assertThat(ConfluenceExceptionFactory.retryAfter("0", clock)).isEqualTo(Duration.ZERO);
		assertThat(ConfluenceExceptionFactory.retryAfter(" 17 ", clock)).isEqualTo(Duration.ofSeconds(17));
		assertThat(ConfluenceExceptionFactory.retryAfter("Mon, 30 Nov 2026 10:00:42 GMT", clock))
			.isEqualTo(Duration.ofSeconds(42));
		assertThat(ConfluenceExceptionFactory.retryAfter("Mon, 30 Nov 2026 09:00:00 GMT", clock))
			.isEqualTo(Duration.ZERO);
		assertThat(ConfluenceExceptionFactory.retryAfter("soon", clock)).isNull();
		assertThat(ConfluenceExceptionFactory.retryAfter(null, clock)).isNull();
	}

	private static String extract(MediaType type, String body) {
		return ConfluenceErrorMessage.extract(type, body.getBytes(StandardCharsets.UTF_8));
	}

}
