package io.github.springconfluence.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The near-limit warning's window and what the interceptor reports, with a clock the test
 * moves.
 */
@ExtendWith(OutputCaptureExtension.class)
class RateLimitInterceptorTests {

	private final MutableClock clock = new MutableClock();

	private final List<Long> remaining = new ArrayList<>();

	private int rateLimited;

	private final RateLimitInterceptor interceptor = new RateLimitInterceptor(new ConfluenceClientMetrics() {
		@Override
		public void rateLimited() {
			RateLimitInterceptorTests.this.rateLimited++;
		}

		@Override
		public void rateLimitRemaining(long value) {
			RateLimitInterceptorTests.this.remaining.add(value);
		}
	}, this.clock);

	@Test
	void warnsOncePerWindowAndAgainInTheNextOne(CapturedOutput output) throws IOException {
		Instant reset = this.clock.instant().plusSeconds(30);
		for (int i = 0; i < 3; i++) {
			send(HttpStatus.OK, "true", "5", reset.toString());
		}
		assertThat(warnings(output)).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(31));
		send(HttpStatus.OK, "true", "4", null);
		assertThat(warnings(output)).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(59)); // the default window is a minute
		send(HttpStatus.OK, "true", "3", null);
		assertThat(warnings(output)).isEqualTo(2);
		assertThat(this.remaining).containsExactly(5L, 5L, 5L, 4L, 3L);
	}

	@Test
	void counts429sAndIgnoresResponsesWithoutRateLimitHeaders(CapturedOutput output) throws IOException {
		send(HttpStatus.TOO_MANY_REQUESTS, null, null, null);
		send(HttpStatus.OK, null, null, null);
		assertThat(this.rateLimited).isEqualTo(1);
		assertThat(this.remaining).isEmpty();
		assertThat(warnings(output)).isZero();
	}

	private void send(HttpStatus status, String nearLimit, String remaining, String reset) throws IOException {
		MockClientHttpResponse response = new MockClientHttpResponse(new byte[0], status);
		if (nearLimit != null) {
			response.getHeaders().set("X-RateLimit-NearLimit", nearLimit);
		}
		if (remaining != null) {
			response.getHeaders().set("X-RateLimit-Remaining", remaining);
		}
		if (reset != null) {
			response.getHeaders().set("X-RateLimit-Reset", reset);
		}
		this.interceptor.intercept(
				new MockClientHttpRequest(HttpMethod.GET, URI.create("https://example.atlassian.net/x")), new byte[0],
				(request, body) -> response);
	}

	private static int warnings(CapturedOutput output) {
		return output.getAll().split("near its rate limit", -1).length - 1;
	}

}
