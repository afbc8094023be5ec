package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.client.RetryPolicy.Retry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The retry loop itself, with a recording sleeper: what it waits, what it closes, when it
 * stops. (RetryTests covers the same behaviour over real HTTP.)
 */
class RetryInterceptorTests {

	private final List<Duration> sleeps = new ArrayList<>();

	private final List<ConfluenceRetryReason> retried = new ArrayList<>();

	private final RetryInterceptor interceptor = new RetryInterceptor(new RetryPolicy(4, Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofSeconds(30), () -> 0.5, Clock.systemUTC()),
			new ConfluenceClientMetrics() {
				@Override
				public void retried(ConfluenceRetryReason reason) {
					RetryInterceptorTests.this.retried.add(reason);
				}
			}, this.sleeps::add);

	private final MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.GET,
			URI.create("https://example.atlassian.net/wiki/api/v2/spaces"));

	@AfterEach
	void clearInterrupt() {
		Thread.interrupted();
	}

	@Test
	void waitsWhatRetryAfterSaysAndClosesEachRejectedResponse() throws IOException {
		TrackedResponse first = response(HttpStatus.TOO_MANY_REQUESTS, "7");
		TrackedResponse second = response(HttpStatus.SERVICE_UNAVAILABLE, null);
		TrackedResponse ok = response(HttpStatus.OK, null);
		ClientHttpRequestExecution execution = answering(first, second, ok);
		assertThat(this.interceptor.intercept(this.request, new byte[0], execution)).isSameAs(ok);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(10));
		assertThat(this.retried).containsExactly(ConfluenceRetryReason.RATE_LIMITED,
				ConfluenceRetryReason.SERVER_ERROR);
		assertThat(first.closed).isTrue();
		assertThat(second.closed).isTrue();
		assertThat(ok.closed).isFalse();
	}

	@Test
	void anInterruptedWaitStopsWithoutCountingARetry() {
		RetryInterceptor interrupted = new RetryInterceptor(this.interceptor.policy(), new ConfluenceClientMetrics() {
			@Override
			public void retried(ConfluenceRetryReason reason) {
				RetryInterceptorTests.this.retried.add(reason);
			}
		}, (duration) -> {
			throw new InterruptedException();
		});
		TrackedResponse rejected = response(HttpStatus.TOO_MANY_REQUESTS, "1");
		assertThatExceptionOfType(InterruptedIOException.class)
			.isThrownBy(() -> interrupted.intercept(this.request, new byte[0], answering(rejected)));
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
		assertThat(rejected.closed).isTrue();
		assertThat(this.retried).isEmpty();
	}

	@Test
	void anInterruptedCallerIsNotRetriedAfterAnIoFailure() {
		Thread.currentThread().interrupt();
		ClientHttpRequestExecution failing = (request, body) -> {
			throw new IOException("interrupted");
		};
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> this.interceptor.intercept(this.request, new byte[0], failing));
		assertThat(this.sleeps).isEmpty();
		assertThat(this.retried).isEmpty();
	}

	private static TrackedResponse response(HttpStatus status, String retryAfter) {
		TrackedResponse response = new TrackedResponse(status);
		if (retryAfter != null) {
			response.getHeaders().set("Retry-After", retryAfter);
		}
		return response;
	}

	/** A response that remembers whether it was closed. */
	static final class TrackedResponse extends MockClientHttpResponse {

		boolean closed;

		TrackedResponse(HttpStatus status) {
			super(new byte[0], status);
		}

		@Override
		public void close() {
			this.closed = true;
			super.close();
		}

	}

	private static ClientHttpRequestExecution answering(MockClientHttpResponse... responses) {
		int[] next = { 0 };
		return (request, body) -> responses[next[0]++];
	}

}
