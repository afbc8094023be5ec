package io.github.springconfluence.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.RateLimitInfo;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retries over real HTTP: what is retried, how often, after which wait, and what is never
 * replayed. Backoffs are shortened to milliseconds; Retry-After values are 0 unless the
 * test is about a long one.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetryTests {

	private static final String SPACES = "/wiki/api/v2/spaces";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.retry.initial-backoff=1ms", "confluence.retry.max-backoff=4ms",
				"confluence.read-timeout=300ms");

	@Test
	void retriesRateLimitedReadsUntilTheySucceed() {
		fake.inject(Fault.on("GET", SPACES).times(2).status(429).header("Retry-After", "0"));
		withService((spaces) -> assertThat(spaces.findByKey("ENG")).isPresent());
		assertThat(fake.requests("GET", SPACES)).hasSize(3)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("Basic "));
	}

	@Test
	void retriesRateLimitedWritesBecauseTheyWereNotApplied() {
		fake.inject(Fault.on("POST", "/wiki/rest/api/space").status(429));
		withService((spaces) -> spaces.create(new NewSpace("NEW", "New", null)));
		assertThat(fake.requests("POST", "/wiki/rest/api/space")).hasSize(2)
			.extracting(RecordedRequest::bodyAsString)
			.allSatisfy((body) -> assertThat(body).contains("\"key\":\"NEW\""));
		assertThat(fake.space("NEW")).isPresent();
	}

	@Test
	void neverReplaysAPostAfterAServerError() {
		fake.inject(Fault.on("POST", "/wiki/rest/api/space").status(503).header("Retry-After", "0"));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceServerException.class)
			.isThrownBy(() -> spaces.create(new NewSpace("NEW", "New", null))));
		assertThat(fake.requests("POST", "/wiki/rest/api/space")).hasSize(1);
	}

	@Test
	void neverReplaysAPostAfterAConnectionFailure() {
		fake.inject(Fault.on("POST", "/wiki/rest/api/space").times(Fault.ALWAYS).resetConnection());
		withService((spaces) -> assertThatExceptionOfType(ConfluenceTransportException.class)
			.isThrownBy(() -> spaces.create(new NewSpace("NEW", "New", null))));
		assertThat(fake.requests("POST", "/wiki/rest/api/space")).hasSize(1);
	}

	@Test
	void retriesServerErrorsForPutAndDelete() {
		fake.addSpace("DOCS", "Docs");
		fake.inject(Fault.on("PUT", "/wiki/rest/api/space/DOCS").status(500));
		fake.inject(Fault.on("DELETE", "/wiki/rest/api/space/DOCS").status(502));
		withService((spaces) -> {
			assertThat(spaces.update("DOCS", new SpaceUpdate("Documentation", null)).name()).isEqualTo("Documentation");
			assertThat(spaces.delete("DOCS").id()).isNotBlank();
		});
		assertThat(fake.requests("PUT", "/wiki/rest/api/space/DOCS")).hasSize(2);
		assertThat(fake.requests("DELETE", "/wiki/rest/api/space/DOCS")).hasSize(2);
	}

	@Test
	void retriesConnectionFailuresOfReads() {
		fake.inject(Fault.on("GET", SPACES).times(3).resetConnection());
		withService((spaces) -> assertThat(spaces.findByKey("ENG")).isPresent());
		assertThat(fake.requests("GET", SPACES)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void retriesTimeoutsAndThenGivesUpWithATransportException() {
		fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).status(200).delay(Duration.ofSeconds(2)));
		this.contextRunner.withPropertyValues("confluence.retry.max-retries=1").run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			assertThatExceptionOfType(ConfluenceTransportException.class).isThrownBy(() -> spaces.findByKey("ENG"))
				.withMessageContaining("timed out");
		});
		assertThat(fake.requests("GET", SPACES)).hasSize(2);
	}

	@Test
	void givesUpAfterMaxRetriesWithTheRateLimitException() {
		fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).status(429).header("ATL-TraceId", "t-429"));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
			.isThrownBy(() -> spaces.findByKey("ENG"))
			.satisfies((ex) -> assertThat(ex.traceId()).isEqualTo("t-429")));
		assertThat(fake.requests("GET", SPACES)).hasSize(5);
	}

	@Test
	void failsAtOnceWhenRetryAfterIsLongerThanTheMaximum() {
		fake.inject(Fault.on("GET", SPACES)
			.status(429)
			.header("Retry-After", "1847")
			.header("X-RateLimit-Limit", "100")
			.header("X-RateLimit-Remaining", "0")
			.header("X-RateLimit-Reset", "2026-11-30T11:00:00Z")
			.header("X-RateLimit-NearLimit", "true")
			.header("RateLimit-Reason", "confluence-quota-global-based"));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
			.isThrownBy(() -> spaces.findByKey("ENG"))
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(1847));
				assertThat(ex.rateLimit()).isEqualTo(new RateLimitInfo(100L, 0L, Instant.parse("2026-11-30T11:00:00Z"),
						true, "confluence-quota-global-based"));
				assertThat(ex).hasMessageContaining("1847 s").hasMessageContaining("confluence-quota-global-based");
			}));
		assertThat(fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void readsRetryAfterAsAnHttpDate() {
		String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(Instant.now().plusSeconds(3600).atOffset(ZoneOffset.UTC));
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", inAnHour));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
			.isThrownBy(() -> spaces.findByKey("ENG"))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61))));
		assertThat(fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void failsAtOnceWithTheWaitWhenA503AsksForMoreThanTheMaximum() {
		fake.inject(Fault.on("GET", SPACES).status(503).header("Retry-After", "3600").header("ATL-TraceId", "t-503"));
		withService((spaces) -> assertThatExceptionOfType(ConfluenceServerException.class)
			.isThrownBy(() -> spaces.findByKey("ENG"))
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofHours(1));
				assertThat(ex.statusCode()).isEqualTo(503);
				assertThat(ex.traceId()).isEqualTo("t-503");
				assertThat(ex).hasMessageContaining("3600 s");
			}));
		assertThat(fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void backsOffExponentiallyWithJitterWithoutRetryAfter(CapturedOutput output) {
		fake.inject(Fault.on("GET", SPACES).times(2).status(429));
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(RetryInterceptor.class.getName(), LogLevel.DEBUG);
		try {
			this.contextRunner
				.withPropertyValues("confluence.retry.initial-backoff=50ms", "confluence.retry.max-backoff=1s")
				.run((context) -> assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("ENG"))
					.isPresent());
		}
		finally {
			logging.setLogLevel(RetryInterceptor.class.getName(), null);
		}
		Matcher waits = Pattern.compile("after 429 \\(rate_limited\\) in (\\d+) ms, retry (\\d) of 4")
			.matcher(output.getOut());
		assertThat(waits.find()).isTrue();
		assertThat(Integer.parseInt(waits.group(1))).isBetween(35, 65); // 50 ms × [0.7,
																		// 1.3]
		assertThat(waits.group(2)).isEqualTo("1");
		assertThat(waits.find()).isTrue();
		assertThat(Integer.parseInt(waits.group(1))).isBetween(70, 130); // 100 ms × [0.7,
																			// 1.3]
		assertThat(waits.group(2)).isEqualTo("2");
		assertThat(fake.requests("GET", SPACES)).hasSize(3);
	}

	@Test
	void zeroMaxRetriesTurnsRetriesOff() {
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "0"));
		this.contextRunner.withPropertyValues("confluence.retry.max-retries=0").run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			assertThatExceptionOfType(ConfluenceRateLimitException.class).isThrownBy(() -> spaces.findByKey("ENG"));
		});
		assertThat(fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void theRawConfluenceRestClientRetriesToo() {
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "0"));
		this.contextRunner.run((context) -> {
			RestClient client = context.getBean("confluenceRestClient", RestClient.class);
			assertThat(client.get().uri(SPACES).retrieve().body(String.class)).contains("ENG");
		});
		assertThat(fake.requests("GET", SPACES)).hasSize(2);
	}

	@Test
	void logsEachRetryAtDebugWithoutHeaders(CapturedOutput output) {
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "0"));
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(RetryInterceptor.class.getName(), LogLevel.DEBUG);
		try {
			withService((spaces) -> spaces.findByKey("ENG"));
		}
		finally {
			logging.setLogLevel(RetryInterceptor.class.getName(), null);
		}
		assertThat(output).contains("Retrying GET /wiki/api/v2/spaces after 429 (rate_limited) in 0 ms, retry 1 of 4")
			.doesNotContain(fake.apiToken())
			.doesNotContainIgnoringCase("authorization");
	}

	private void withService(ThrowingConsumer<ConfluenceSpaceService> test) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			test.accept(context.getBean(ConfluenceSpaceService.class));
		});
	}

	@FunctionalInterface
	interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

}
