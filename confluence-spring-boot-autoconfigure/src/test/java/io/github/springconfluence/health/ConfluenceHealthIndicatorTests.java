package io.github.springconfluence.health;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.MutableClock;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator over real HTTP against {@link FakeConfluence}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfluenceHealthIndicatorTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.health.cache-ttl=0", "confluence.read-timeout=1s");

	@Test
	void upWithTheAccountThatTheCredentialsBelongTo() {
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("site", fake.baseUrl())
			.containsEntry("endpoint", "/wiki/api/v2/spaces")
			.containsEntry("accountId", fake.accountId())
			.containsEntry("displayName", fake.displayName());
		assertThat(fake.requests()).extracting((request) -> request.method() + " " + request.path())
			.containsExactly("GET /wiki/api/v2/spaces", "GET /wiki/rest/api/user/current");
		assertThat(fake.requests().get(0).queryParam("limit")).isEqualTo("1");
	}

	@Test
	void neverCallsTheRemovedV1SpaceList() {
		fake.v1SpaceListGone(true);
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(fake.requests()).extracting((request) -> request.path())
			.containsExactly("/wiki/api/v2/spaces", "/wiki/rest/api/user/current");
	}

	@Test
	void aSpaceListNotFoundSaysThatTheGatewayAnswersWrongCredentialsSo() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.status(404)
			.body("application/json",
					"{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"title\":\"Not Found\"}]}"));
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 404);
		assertThat((String) health.getDetails().get("error")).contains("Not Found")
			.contains("check confluence.email and confluence.api-token");
	}

	@Test
	void downWhenConfluenceAnswersAnonymously() {
		fake.anonymousAccess(true);
		this.contextRunner.withPropertyValues("confluence.api-token=wrong-token").run((context) -> {
			Health health = context.getBean(ConfluenceHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("error")).contains("anonymous")
				.contains("confluence.api-token");
			assertThat(health.getDetails().toString()).doesNotContain("wrong-token");
		});
	}

	@Test
	void downWithStatusAndAdviceOnA401() {
		this.contextRunner.withPropertyValues("confluence.api-token=wrong-token").run((context) -> {
			Health health = context.getBean(ConfluenceHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("httpStatus", 401).containsKey("traceId");
			assertThat((String) health.getDetails().get("error")).contains("401")
				.contains("expired")
				.contains("api.atlassian.com/ex/confluence");
			assertThat(health.getDetails().toString()).doesNotContain("wrong-token");
		});
	}

	@Test
	void downWithStatusOnA403() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.status(403)
			.body("application/json",
					"{\"statusCode\":403,\"message\":\"Current user not permitted to use Confluence\"}"));
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 403);
		assertThat((String) health.getDetails().get("error")).contains("not permitted to use Confluence");
	}

	@Test
	void downWhenUnreachable() {
		FakeConfluence stopped = new FakeConfluence().start();
		String baseUrl = stopped.baseUrl();
		stopped.stop();
		this.contextRunner.withPropertyValues("confluence.base-url=" + baseUrl).run((context) -> {
			Health health = context.getBean(ConfluenceHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("httpStatus", 0);
			assertThat((String) health.getDetails().get("error")).contains("Could not reach Confluence");
		});
	}

	@Test
	void downWhenTimedOut() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(200).delay(Duration.ofSeconds(3)));
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("timed out");
	}

	@Test
	void rateLimitIsReportedWithoutGoingDown() {
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(429).header("Retry-After", "12"));
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 429).containsEntry("retryAfter", "PT12S");
		assertThat(fake.requests()).hasSize(1);
	}

	@Test
	void cachesTheResultForTheConfiguredTime() {
		MutableClock clock = new MutableClock();
		TestContexts.runner(fake).run((context) -> {
			ConfluenceHealthIndicator indicator = new ConfluenceHealthIndicator(
					context.getBean(ConfluenceApiClient.class), Duration.ofSeconds(30), TokenExpiry.UNKNOWN, clock);
			fake.clearRequests();
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			clock.advance(Duration.ofSeconds(29));
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			assertThat(fake.requests()).hasSize(2);
			clock.advance(Duration.ofSeconds(2));
			indicator.health();
			assertThat(fake.requests()).hasSize(4);
		});
	}

	@Test
	void concurrentProbesShareOneUpstreamCheck() throws Exception {
		TestContexts.runner(fake).run((context) -> {
			ConfluenceHealthIndicator indicator = new ConfluenceHealthIndicator(
					context.getBean(ConfluenceApiClient.class), Duration.ofMinutes(5));
			fake.clearRequests();
			ExecutorService executor = Executors.newFixedThreadPool(16);
			try {
				List<Future<Health>> results = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					results.add(executor.submit(() -> indicator.health()));
				}
				for (Future<Health> result : results) {
					assertThat(result.get().getStatus()).isEqualTo(Status.UP);
				}
			}
			finally {
				executor.shutdownNow();
			}
			assertThat(fake.requests()).hasSize(2);
		});
	}

	@Test
	void zeroTtlChecksEveryTime() {
		this.contextRunner.run((context) -> {
			ConfluenceHealthIndicator indicator = context.getBean(ConfluenceHealthIndicator.class);
			fake.clearRequests();
			indicator.health();
			indicator.health();
			assertThat(fake.requests()).hasSize(4);
		});
	}

	@Test
	void detailsNeverContainTheTokenOrTheCredentials() {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((fake.email() + ":" + fake.apiToken()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Map<String, Object> up = health().getDetails();
		fake.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(401).body("text/plain", "Unauthorized"));
		Map<String, Object> down = health().getDetails();
		assertThat(down).containsEntry("httpStatus", 401);
		assertThat(List.of(up.toString(), down.toString()))
			.allSatisfy((details) -> assertThat(details).doesNotContain(fake.apiToken()).doesNotContain(credentials));
	}

	@Test
	void reportsTheDaysLeftOfADeclaredToken() {
		this.contextRunner.withPropertyValues("confluence.api-token-expires-at=2099-12-31").run((context) -> {
			Health health = context.getBean(ConfluenceHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tokenExpiresAt", "2099-12-31")
				.containsKey("tokenDaysLeft")
				.doesNotContainKey("tokenExpiryWarning");
		});
	}

	@Test
	void warnsInDetailsAndOnceADayInTheLogWhenTheTokenExpiresSoon(CapturedOutput output) {
		MutableClock clock = new MutableClock();
		TokenExpiry expiry = new TokenExpiry(LocalDate.parse("2026-12-05"), Duration.ofDays(14));
		TestContexts.runner(fake).run((context) -> {
			ConfluenceHealthIndicator indicator = new ConfluenceHealthIndicator(
					context.getBean(ConfluenceApiClient.class), Duration.ZERO, expiry, clock);
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tokenDaysLeft", 5L);
			assertThat((String) health.getDetails().get("tokenExpiryWarning")).contains("expires in 5 days")
				.contains("2026-12-05")
				.contains("confluence.api-token");
			indicator.health();
			clock.advance(Duration.ofDays(5));
			assertThat((String) indicator.health().getDetails().get("tokenExpiryWarning")).contains("expires today");
		});
		assertThat(output.getOut().split("expires in 5 days", -1)).hasSize(2);
		assertThat(output.getOut()).contains("expires today");
	}

	@Test
	void downOnceTheTokenHasExpiredWithoutAskingConfluence() {
		MutableClock clock = new MutableClock();
		TokenExpiry expiry = new TokenExpiry(LocalDate.parse("2026-11-29"), Duration.ofDays(14));
		TestContexts.runner(fake).run((context) -> {
			ConfluenceHealthIndicator indicator = new ConfluenceHealthIndicator(
					context.getBean(ConfluenceApiClient.class), Duration.ZERO, expiry, clock);
			fake.clearRequests();
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tokenDaysLeft", -1L);
			assertThat((String) health.getDetails().get("error")).contains("expired on 2026-11-29");
			assertThat(fake.requests()).isEmpty();
		});
	}

	private Health health() {
		Health[] health = new Health[1];
		this.contextRunner.run((context) -> {
			fake.clearRequests();
			health[0] = context.getBean(ConfluenceHealthIndicator.class).health();
		});
		return health[0];
	}

}
