package io.github.springconfluence.metrics;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceClientMetrics;
import io.github.springconfluence.client.ConfluenceRetryReason;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.Space;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's observations and metrics, with a {@link SimpleMeterRegistry} behind an
 * {@link ObservationRegistry}, over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final String SPACES = "/wiki/api/v2/spaces";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder().spaces(600));

	private static final FakeConfluence fake = confluence.fake();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.retry.initial-backoff=1ms", "confluence.retry.max-backoff=2ms")
		.withBean(MeterRegistry.class, () -> this.meters)
		.withBean(RestClientCustomizer.class, () -> (builder) -> builder.observationRegistry(observations()));

	private ObservationRegistry observations() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		return registry;
	}

	@Test
	void httpClientRequestsAreTaggedWithPathTemplatesOnly() {
		this.contextRunner.run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			assertThat(spaces.spaces().count()).isEqualTo(600); // 3 pages, 2 of them
																// through next links
			Space space = spaces.findByKey("SPACE7").orElseThrow();
			spaces.findById(space.id());
			spaces.update("SPACE7", new SpaceUpdate("Seven", null));
		});
		Set<String> uris = this.meters.find("http.client.requests")
			.timers()
			.stream()
			.map((timer) -> timer.getId().getTag("uri"))
			.collect(Collectors.toSet());
		assertThat(uris).containsExactlyInAnyOrder(SPACES, SPACES + "/{id}", "/wiki/rest/api/space/{key}");
		Timer list = this.meters.get("http.client.requests").tag("uri", SPACES).timer();
		assertThat(list.count()).isEqualTo(5); // 3 pages, findByKey, and the update's
												// read-back
		assertThat(this.meters.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().getTags())
			.allSatisfy((tag) -> assertThat(tag.getValue()).doesNotContain("SPACE7")
				.doesNotContain("cursor")
				.doesNotMatch(".*\\d{5,}.*")));
	}

	@Test
	void uriTagsLeaveOutTheGatewayPrefix() {
		try (FakeConfluence gateway = FakeConfluence.builder()
			.pathPrefix("/ex/confluence/cloud-4711")
			.spaces(3)
			.start()) {
			TestContexts.runner(gateway)
				.withBean(MeterRegistry.class, () -> this.meters)
				.withBean(RestClientCustomizer.class, () -> (builder) -> builder.observationRegistry(observations()))
				.run((context) -> {
					ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
					spaces.findById(spaces.findByKey("SPACE1").orElseThrow().id());
				});
		}
		assertThat(this.meters.find("http.client.requests").timers()).extracting((timer) -> timer.getId().getTag("uri"))
			.containsExactlyInAnyOrder(SPACES, SPACES + "/{id}");
	}

	@Test
	void usesTheConfiguredObservationName() {
		this.contextRunner.withPropertyValues("management.observations.http.client.requests.name=confluence.http")
			.run((context) -> context.getBean(ConfluenceSpaceService.class).findByKey("SPACE1"));
		assertThat(this.meters.find("confluence.http").timers()).isNotEmpty();
		assertThat(this.meters.find("http.client.requests").timers()).isEmpty();
	}

	@Test
	void countsRetriesByReasonAnd429s() {
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "0"));
		fake.inject(Fault.on("GET", SPACES).status(503));
		fake.inject(Fault.on("GET", SPACES).times(2).resetConnection());
		this.contextRunner.run((context) -> context.getBean(ConfluenceSpaceService.class).findByKey("SPACE1"));
		assertThat(this.meters.get("confluence.client.retries").tag("reason", "rate_limited").counter().count())
			.isEqualTo(1);
		assertThat(this.meters.get("confluence.client.retries").tag("reason", "server_error").counter().count())
			.isEqualTo(1);
		assertThat(this.meters.get("confluence.client.retries").tag("reason", "io").counter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("confluence.client.rate_limited").counter().count()).isEqualTo(1);
	}

	@Test
	void gaugesTheRemainingRateLimitWhenConfluenceSendsIt() {
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			api.get("/wiki/rest/api/user/current", JsonNode.class);
			assertThat(this.meters.find("confluence.client.rate_limit.remaining").gauge()).isNull();
			fake.inject(Fault.on("GET", "/wiki/rest/api/user/current")
				.status(200)
				.header("X-RateLimit-Remaining", "42")
				.body("application/json", "{\"type\":\"known\",\"accountId\":\"a\"}"));
			api.get("/wiki/rest/api/user/current", JsonNode.class);
			assertThat(this.meters.get("confluence.client.rate_limit.remaining").gauge().value()).isEqualTo(42);
		});
	}

	@Test
	void warnsOncePerWindowNearTheRateLimit(CapturedOutput output) {
		fake.inject(Fault.on("GET", "/wiki/rest/api/user/current")
			.times(3)
			.status(200)
			.header("X-RateLimit-NearLimit", "true")
			.header("X-RateLimit-Remaining", "9")
			.body("application/json", "{\"type\":\"known\",\"accountId\":\"a\"}"));
		this.contextRunner.run((context) -> {
			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			for (int i = 0; i < 3; i++) {
				api.get("/wiki/rest/api/user/current", JsonNode.class);
			}
		});
		assertThat(output.getAll().split("near its rate limit", -1)).hasSize(2);
		assertThat(output.getAll()).contains("9 requests left");
	}

	@Test
	void worksWithoutMicrometer() {
		TestContexts.runner(fake).withClassLoader(new FilteredClassLoader("io.micrometer.core")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(MicrometerConfluenceClientMetrics.class);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("SPACE1")).isPresent();
		});
	}

	@Test
	void userDefinedClientMetricsBackOffAndReceiveTheRetries() {
		List<ConfluenceRetryReason> retried = new CopyOnWriteArrayList<>();
		ConfluenceClientMetrics custom = new ConfluenceClientMetrics() {
			@Override
			public void retried(ConfluenceRetryReason reason) {
				retried.add(reason);
			}
		};
		fake.inject(Fault.on("GET", SPACES).status(429).header("Retry-After", "0"));
		this.contextRunner.withBean(ConfluenceClientMetrics.class, () -> custom).run((context) -> {
			assertThat(context).hasSingleBean(ConfluenceClientMetrics.class);
			assertThat(context.getBean(ConfluenceClientMetrics.class)).isSameAs(custom);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("SPACE1")).isPresent();
		});
		assertThat(retried).containsExactly(ConfluenceRetryReason.RATE_LIMITED);
		assertThat(this.meters.find("confluence.client.retries").counters()).isEmpty();
	}

	@Test
	void recordsNothingWithoutAMeterRegistry() {
		TestContexts.runner(fake).run((context) -> {
			assertThat(context).doesNotHaveBean(ConfluenceClientMetrics.class);
			assertThat(context.getBean(ConfluenceSpaceService.class).findByKey("SPACE1")).isPresent();
		});
	}

}
