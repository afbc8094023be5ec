package io.github.springconfluence.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.springconfluence.client.RetryPolicy.Retry;
import io.github.springconfluence.client.ConfluenceRetryReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(5), Duration.ofSeconds(30),
			Duration.ofSeconds(30), () -> 0.5, CLOCK);

	@ParameterizedTest
	@ValueSource(strings = { "GET", "HEAD", "PUT", "DELETE", "POST", "PATCH" })
	void retriesRateLimitsForEveryMethod(String method) {
		Retry retry = this.policy.afterResponse(HttpMethod.valueOf(method), 0, 429, new HttpHeaders());
		assertThat(retry).isNotNull();
		assertThat(retry.reason()).isEqualTo(ConfluenceRetryReason.RATE_LIMITED);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void retriesServerErrorsOnlyForMethodsThatAreSafeToRepeat(int status) {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
				HttpMethod.DELETE }) {
			assertThat(this.policy.afterResponse(method, 0, status, new HttpHeaders())).isNotNull()
				.extracting(Retry::reason)
				.isEqualTo(ConfluenceRetryReason.SERVER_ERROR);
		}
		assertThat(this.policy.afterResponse(HttpMethod.POST, 0, status, new HttpHeaders())).isNull();
		assertThat(this.policy.afterResponse(HttpMethod.POST, 0, status, retryAfter("1"))).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 201, 301, 400, 401, 403, 404, 409, 410, 501, 505 })
	void doesNotRetryOtherStatuses(int status) {
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, status, new HttpHeaders())).isNull();
	}

	@Test
	void retriesIoFailuresOnlyForMethodsThatAreSafeToRepeat() {
		assertThat(this.policy.afterFailure(HttpMethod.GET, 0, new IOException("reset"))).isNotNull()
			.extracting(Retry::reason)
			.isEqualTo(ConfluenceRetryReason.IO);
		assertThat(this.policy.afterFailure(HttpMethod.DELETE, 3, new IOException("reset"))).isNotNull();
		assertThat(this.policy.afterFailure(HttpMethod.POST, 0, new IOException("reset"))).isNull();
		assertThat(this.policy.afterFailure(HttpMethod.GET, 4, new IOException("reset"))).isNull();
	}

	@Test
	void waitsWhatRetryAfterSays() {
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, retryAfter("0")).delay()).isZero();
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, retryAfter("12")).delay())
			.isEqualTo(Duration.ofSeconds(12));
		assertThat(
				this.policy.afterResponse(HttpMethod.GET, 0, 503, retryAfter("Mon, 30 Nov 2026 10:00:20 GMT")).delay())
			.isEqualTo(Duration.ofSeconds(20));
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, retryAfter("30")).delay())
			.isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void doesNotWaitForARetryAfterLongerThanTheMaximum() {
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, retryAfter("31"))).isNull();
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, retryAfter("1847"))).isNull();
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 503, retryAfter("Mon, 30 Nov 2026 11:00:00 GMT")))
			.isNull();
	}

	@Test
	void backsOffExponentiallyUpToTheMaximumWithoutRetryAfter() {
		assertThat(this.policy.afterResponse(HttpMethod.GET, 0, 429, new HttpHeaders()).delay())
			.isEqualTo(Duration.ofSeconds(5));
		assertThat(this.policy.afterResponse(HttpMethod.GET, 1, 429, new HttpHeaders()).delay())
			.isEqualTo(Duration.ofSeconds(10));
		assertThat(this.policy.afterResponse(HttpMethod.GET, 2, 503, new HttpHeaders()).delay())
			.isEqualTo(Duration.ofSeconds(20));
		assertThat(this.policy.afterResponse(HttpMethod.GET, 3, 503, new HttpHeaders()).delay())
			.isEqualTo(Duration.ofSeconds(30));
		assertThat(this.policy.backoff(40)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void jitterMultipliesTheBackoffBetweenPointSevenAndOnePointThree() {
		RetryPolicy lowest = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
				() -> 0.0, CLOCK);
		RetryPolicy highest = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
				() -> 0.999_999, CLOCK);
		assertThat(lowest.backoff(0)).isEqualTo(Duration.ofSeconds(7));
		assertThat(highest.backoff(0)).isBetween(Duration.ofMillis(12_999), Duration.ofSeconds(13));
		assertThat(highest.backoff(5)).isBetween(Duration.ofMillis(38_999), Duration.ofSeconds(39));
		RetryPolicy random = RetryPolicy.of(4, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30));
		for (int i = 0; i < 1000; i++) {
			assertThat(random.backoff(0)).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(13));
		}
	}

	@Test
	void stopsAfterMaxRetries() {
		assertThat(this.policy.afterResponse(HttpMethod.GET, 3, 429, new HttpHeaders())).isNotNull();
		assertThat(this.policy.afterResponse(HttpMethod.GET, 4, 429, new HttpHeaders())).isNull();
	}

	@Test
	void zeroMaxRetriesTurnsRetriesOff() {
		RetryPolicy off = RetryPolicy.of(0, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30));
		assertThat(off.afterResponse(HttpMethod.GET, 0, 429, retryAfter("0"))).isNull();
		assertThat(off.afterFailure(HttpMethod.GET, 0, new IOException())).isNull();
	}

	private static HttpHeaders retryAfter(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, value);
		return headers;
	}

}
