package io.github.springconfluence.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.health.ConfluenceHealthIndicator;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Runs the benchmarks and prints every figure next to its baseline from the same run, as
 * medians and ratios (these machines are shared and noisy: absolute times vary from run to
 * run, ratios much less).
 * <p>
 * Arguments: {@code all} or a comma-separated list of {@code percall}, {@code auth},
 * {@code streaming}, {@code startup}, {@code counts}.
 */
public final class BenchmarkMain {

	private static final int STREAMING_PASSES = 10;

	private final List<String> rows = new ArrayList<>();

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> groups = Set.of(((args.length > 0) ? args[0] : "all").split(","));
		boolean all = groups.contains("all");
		BenchmarkMain main = new BenchmarkMain();
		if (all || groups.contains("percall")) {
			main.perCall();
		}
		if (all || groups.contains("auth")) {
			main.auth();
		}
		if (all || groups.contains("streaming")) {
			main.streaming();
		}
		if (all || groups.contains("startup")) {
			main.startup();
		}
		if (all || groups.contains("counts")) {
			main.counts();
		}
		System.out.println();
		System.out.println("Results (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ")");
		System.out.println();
		System.out.println("| measure | starter (or candidate) | baseline | ratio of medians | median of per-round"
				+ " ratios | target |");
		System.out.println("|---|---|---|---|---|---|");
		main.rows.forEach(System.out::println);
	}

	private void perCall() throws RunnerException {
		try (LoopbackSite site = LoopbackSite.start()) {
			FakeConfluence fake = site.fake();
			ConfigurableApplicationContext context = site.context();
			Runnable starter = () -> site.starter().findById(site.id()).orElseThrow();
			Runnable handWritten = () -> site.handWritten().findById(site.id());
			interleavedRow("findById (µs): starter vs hand-written", compareFindById(fake, starter, handWritten),
					"≤ 1.05");
			// Attribution. The starter's connect/read timeouts make Spring's JDK request factory
			// guard every response body with a timer; the starter also has five interceptors.
			HttpClientSettings sameTimeouts = HttpClientSettings.defaults()
				.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
				.withRedirects(HttpRedirects.DONT_FOLLOW);
			HandWrittenClient withTimeouts = new HandWrittenClient(context.getBean(RestClient.Builder.class)
				.requestFactory(ClientHttpRequestFactoryBuilder.detect().build(sameTimeouts)), fake.baseUrl(),
					fake.email(), fake.apiToken());
			RestClient.Builder fiveInterceptors = context.getBean(RestClient.Builder.class);
			for (int i = 0; i < 5; i++) {
				fiveInterceptors.requestInterceptor((request, body, execution) -> execution.execute(request, body));
			}
			HandWrittenClient withInterceptors = new HandWrittenClient(fiveInterceptors, fake.baseUrl(), fake.email(),
					fake.apiToken());
			interleavedRow("findById (µs): starter vs hand-written with the same connect/read timeouts",
					compareFindById(fake, starter, () -> withTimeouts.findById(site.id())), "(attribution)");
			interleavedRow("findById (µs): hand-written with the starter's timeouts vs without",
					compareFindById(fake, () -> withTimeouts.findById(site.id()), handWritten), "(attribution)");
			interleavedRow("findById (µs): hand-written with 5 no-op interceptors vs without",
					compareFindById(fake, () -> withInterceptors.findById(site.id()), handWritten), "(attribution)");
		}
		Collection<RunResult> results = run(PerCallBenchmark.class, 5, TimeValue.seconds(2), 8, TimeValue.seconds(2), 3);
		double starter = median(results, "starter");
		double handWritten = median(results, "handWritten");
		row("findById (µs): JMH SampleTime, separate forks (3 each)", starter, handWritten, starter / handWritten,
				Double.NaN, "(cross-check)");
	}

	/** 40 interleaved rounds of 1,000 calls each, after 20,000 warm-up calls each. */
	private static Interleaved.Result compareFindById(FakeConfluence fake, Runnable candidate, Runnable baseline) {
		return Interleaved.compare(() -> {
			candidate.run();
			fake.clearRequests(); // the journal would otherwise grow for the whole run
		}, () -> {
			baseline.run();
			fake.clearRequests();
		}, 20_000, 40, 1_000);
	}

	private void auth() throws RunnerException {
		Collection<RunResult> results = run(AuthHeaderBenchmark.class, 2, TimeValue.seconds(1), 5, TimeValue.seconds(1),
				1);
		double interceptor = median(results, "interceptor");
		double perCall = median(results, "encodedOnEveryRequest");
		row("auth header per request (ns): interceptor vs encoding every time", interceptor, perCall,
				interceptor / perCall, Double.NaN, "< 1");
	}

	private void streaming() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				StreamingComparisonMain.class.getName(), String.valueOf(STREAMING_PASSES))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String result = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.startsWith("RESULT "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The streaming comparison printed no result"));
		child.waitFor();
		String[] figures = result.split(" ");
		double starter = Double.parseDouble(figures[1]);
		double handWritten = Double.parseDouble(figures[2]);
		row("spaces() over 300,000 spaces in -Xmx" + (Long.parseLong(figures[4]) >> 20) + "m (spaces/s), "
				+ STREAMING_PASSES + " interleaved passes each", starter, handWritten, starter / handWritten,
				Double.parseDouble(figures[3]), "≥ 0.9");
		jmhStreaming();
	}

	private void jmhStreaming() throws RunnerException {
		ChainedOptionsBuilder options = options(StreamingBenchmark.class).warmupIterations(1)
			.measurementIterations(5)
			.forks(1)
			.jvmArgsAppend("-Xmx64m");
		Collection<RunResult> results = new Runner(options.build()).run();
		double starter = StreamingBenchmark.SPACES / (median(results, "starter") / 1000);
		double handWritten = StreamingBenchmark.SPACES / (median(results, "handWritten") / 1000);
		row("spaces() over 300,000 spaces in -Xmx64m (spaces/s), JMH SingleShotTime, separate forks", starter,
				handWritten, starter / handWritten, Double.NaN, "(cross-check)");
	}

	private void startup() throws RunnerException {
		ChainedOptionsBuilder options = options(StartupBenchmark.class).warmupIterations(0)
			.measurementIterations(1)
			.forks(10);
		Collection<RunResult> results = new Runner(options.build()).run();
		double with = median(results, "withStarter");
		double without = median(results, "withoutStarter");
		row("cold context start and close (ms), median of 10 JVMs each", with, without, with / without, Double.NaN,
				"(reported)");
	}

	private void counts() throws Exception {
		try (LoopbackSite site = LoopbackSite.start()) {
			FakeConfluence fake = site.fake();
			ConfigurableApplicationContext context = site.context();
			String id = site.id();
			ConfluenceSpaceService starter = site.starter();
			HandWrittenClient handWritten = site.handWritten();
			fake.reset();
			for (int i = 0; i < 1000; i++) {
				starter.findById(id).orElseThrow();
			}
			int starterConnections = fake.connectionCount();
			fake.reset();
			for (int i = 0; i < 1000; i++) {
				handWritten.findById(id);
			}
			int handWrittenConnections = fake.connectionCount();
			row("TCP connections for 1,000 sequential calls", starterConnections, handWrittenConnections,
					(double) starterConnections / handWrittenConnections, Double.NaN, "starter ≤ 2");

			ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
			int cached = upstreamRequestsFor100Probes(fake, new ConfluenceHealthIndicator(api, Duration.ofSeconds(30)));
			int uncached = upstreamRequestsFor100Probes(fake, new ConfluenceHealthIndicator(api, Duration.ZERO));
			row("upstream requests for 100 concurrent health probes (cache-ttl 30s vs 0)", cached, uncached,
					(double) cached / uncached, Double.NaN, "one check (2 requests)");
		}
	}

	private static int upstreamRequestsFor100Probes(FakeConfluence fake, ConfluenceHealthIndicator indicator)
			throws Exception {
		fake.reset();
		ExecutorService executor = Executors.newFixedThreadPool(100);
		try {
			List<Future<?>> probes = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				probes.add(executor.submit(() -> indicator.health()));
			}
			for (Future<?> probe : probes) {
				probe.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		return fake.requests().size();
	}

	private static Collection<RunResult> run(Class<?> benchmark, int warmups, TimeValue warmupTime, int iterations,
			TimeValue iterationTime, int forks) throws RunnerException {
		return new Runner(options(benchmark).warmupIterations(warmups)
			.warmupTime(warmupTime)
			.measurementIterations(iterations)
			.measurementTime(iterationTime)
			.forks(forks)
			.build()).run();
	}

	private static ChainedOptionsBuilder options(Class<?> benchmark) {
		return new OptionsBuilder().include(benchmark.getName() + "\\.").shouldFailOnError(true);
	}

	private static double median(Collection<RunResult> results, String method) {
		return results.stream()
			.filter((result) -> result.getParams().getBenchmark().endsWith("." + method))
			.findFirst()
			.orElseThrow()
			.getPrimaryResult()
			.getStatistics()
			.getPercentile(50);
	}

	private void interleavedRow(String measure, Interleaved.Result result, String target) {
		row(measure + ", interleaved, " + result.operations() + " calls each", result.candidateMedian(),
				result.baselineMedian(), result.candidateMedian() / result.baselineMedian(), result.roundRatioMedian(),
				target);
	}

	private void row(String measure, double candidate, double baseline, double ratio, double roundRatio,
			String target) {
		this.rows.add(String.format("| %s | %s | %s | %.3f | %s | %s |", measure, format(candidate), format(baseline),
				ratio, Double.isNaN(roundRatio) ? "" : String.format("%.3f", roundRatio), target));
	}

	private static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e9) ? String.valueOf((long) value)
				: String.format("%.2f", value);
	}

}
