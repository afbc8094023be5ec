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

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
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
 * medians and ratios (these machines are shared and noisy: absolute times vary from run
 * to run, ratios much less).
 * <p>
 * Arguments: {@code all} or a comma-separated list of {@code percall}, {@code auth},
 * {@code streaming}, {@code attachments}, {@code startup}, {@code counts}.
 */
public final class BenchmarkMain {

	private static final int STREAMING_PASSES = 10;

	private static final int ATTACHMENT_TRANSFERS = 7;

	private static final int ATTACHMENT_MIB = 200;

	private final List<String> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final Options options;

	private BenchmarkMain(Options options) {
		this.options = options;
	}

	/**
	 * How much to measure: {@code warmup} calls of each side, then {@code rounds} rounds
	 * of {@code perRound} calls each; {@code jmh=false} leaves out the JMH cross-checks;
	 * {@code prototypes=true} adds rows for prototypes switched on by
	 * {@code confluence.prototype.*} properties; {@code libraries=jdk+http-components}
	 * chooses the HTTP libraries (both by default); {@code transfers} (interleaved
	 * transfers of each side per direction) and {@code fileMiB} (the file's size) set the
	 * attachment comparison, {@code reference=false} leaves out its
	 * {@code HttpURLConnection} rows, and {@code clientJvm} adds options, separated by
	 * {@code +}, to the command line of its client JVM (such as
	 * {@code clientJvm=-Djdk.httpclient.bufsize=131072}).
	 */
	record Options(int warmup, int rounds, int perRound, int streamingPasses, boolean jmh, boolean prototypes,
			List<HttpLibrary> libraries, int transfers, int fileMiB, boolean reference, List<String> clientJvm) {

		static Options parse(String text) {
			int warmup = 20_000;
			int rounds = 40;
			int perRound = 1_000;
			int passes = STREAMING_PASSES;
			boolean jmh = true;
			boolean prototypes = false;
			List<HttpLibrary> libraries = List.of(HttpLibrary.values());
			int transfers = ATTACHMENT_TRANSFERS;
			int fileMiB = ATTACHMENT_MIB;
			boolean reference = true;
			List<String> clientJvm = List.of();
			for (String option : text.split(",")) {
				String[] pair = option.split("=", 2);
				if (pair.length != 2) {
					continue; // "defaults"
				}
				switch (pair[0].trim()) {
					case "warmup" -> warmup = Integer.parseInt(pair[1].trim());
					case "rounds" -> rounds = Integer.parseInt(pair[1].trim());
					case "perRound" -> perRound = Integer.parseInt(pair[1].trim());
					case "passes" -> passes = Integer.parseInt(pair[1].trim());
					case "jmh" -> jmh = Boolean.parseBoolean(pair[1].trim());
					case "prototypes" -> prototypes = Boolean.parseBoolean(pair[1].trim());
					case "libraries" -> libraries = java.util.Arrays.stream(pair[1].split("\\+"))
						.map(String::trim)
						.map(HttpLibrary::parse)
						.toList();
					case "transfers" -> transfers = Integer.parseInt(pair[1].trim());
					case "fileMiB" -> fileMiB = Integer.parseInt(pair[1].trim());
					case "reference" -> reference = Boolean.parseBoolean(pair[1].trim());
					case "clientJvm" -> clientJvm = List.of(pair[1].trim().split("\\+"));
					default -> throw new IllegalArgumentException("Unknown option " + option);
				}
			}
			return new Options(warmup, rounds, perRound, passes, jmh, prototypes, libraries, transfers, fileMiB,
					reference, clientJvm);
		}

	}

	public static void main(String[] args) throws Exception {
		try {
			run(args);
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(String[] args) throws Exception {
		Set<String> groups = Set.of(((args.length > 0) ? args[0] : "all").split(","));
		boolean all = groups.contains("all");
		BenchmarkMain main = new BenchmarkMain(Options.parse((args.length > 1) ? args[1] : "defaults"));
		if (all || groups.contains("percall")) {
			main.perCall();
		}
		if (all || groups.contains("auth")) {
			main.auth();
		}
		if (all || groups.contains("streaming")) {
			main.streaming();
		}
		if (all || groups.contains("attachments")) {
			main.attachments();
		}
		if (all || groups.contains("startup")) {
			main.startup();
		}
		if (all || groups.contains("counts")) {
			main.counts();
		}
		System.out.println();
		System.out.println("Results (" + LocalDate.now() + ", " + main.options + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.runtime.version") + ")");
		System.out.println();
		System.out.println("| measure | starter (or candidate) | baseline | ratio of medians | median of per-round"
				+ " ratios | target |");
		System.out.println("|---|---|---|---|---|---|");
		main.rows.forEach(System.out::println);
		if (!main.notes.isEmpty()) {
			System.out.println();
			main.notes.forEach(System.out::println);
		}
		System.exit(0); // FakeConfluence and HTTP client threads would otherwise keep the
						// JVM alive
	}

	private void perCall() throws RunnerException {
		for (HttpLibrary library : this.options.libraries()) {
			perCall(library);
		}
		if (this.options.jmh()) {
			for (HttpLibrary library : HttpLibrary.values()) {
				Collection<RunResult> results = new Runner(options(PerCallBenchmark.class).warmupIterations(5)
					.warmupTime(TimeValue.seconds(2))
					.measurementIterations(8)
					.measurementTime(TimeValue.seconds(2))
					.forks(3)
					.param("library", library.factoryProperty())
					.build()).run();
				double starter = median(results, "starter");
				double plain = median(results, "plain");
				double handWritten = median(results, "handWritten");
				row("findById (µs) [" + library.label()
						+ "]: JMH SampleTime, separate forks (3 each), starter vs plain", starter, plain,
						starter / plain, Double.NaN, "(cross-check)");
				row("findById (µs) [" + library.label()
						+ "]: JMH SampleTime, separate forks (3 each), starter vs hand-written into Space", starter,
						handWritten, starter / handWritten, Double.NaN, "(cross-check, old baseline)");
			}
		}
	}

	private void perCall(HttpLibrary library) {
		String on = " [" + library.label() + "]";
		try (LoopbackSite site = LoopbackSite.start(library)) {
			FakeConfluence fake = site.fake();
			String id = site.id();
			Runnable starter = () -> site.starter().findById(id).orElseThrow();
			Runnable plain = () -> site.plain().findById(id);
			Runnable handWritten = () -> site.handWritten().findById(id);
			interleavedRow("findById (µs)" + on + ": starter vs plain hand-written (record of strings, no timeouts)",
					compareFindById(fake, starter, plain), "≤ 1.10");
			interleavedRow("findById (µs)" + on + ": starter vs hand-written into Space (old baseline)",
					compareFindById(fake, starter, handWritten), "(history; was ≤ 1.05)");
			// Attribution. The starter's connect/read timeouts make Spring's JDK request
			// factory
			// guard every response body with a timer; the starter also has five
			// interceptors.
			HttpClientSettings sameTimeouts = HttpClientSettings.defaults()
				.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
				.withRedirects(HttpRedirects.DONT_FOLLOW);
			HandWrittenClient withTimeouts = new HandWrittenClient(
					site.builder().requestFactory(library.requestFactoryBuilder().build(sameTimeouts)), fake.baseUrl(),
					fake.email(), fake.apiToken());
			PlainClient plainWithTimeouts = new PlainClient(
					site.builder().requestFactory(library.requestFactoryBuilder().build(sameTimeouts)), fake.baseUrl(),
					fake.email(), fake.apiToken());
			library.verify("the hand-written client with timeouts", withTimeouts.restClient(),
					"/wiki/api/v2/spaces/" + id);
			library.verify("the plain client with timeouts", plainWithTimeouts.restClient(),
					"/wiki/api/v2/spaces/" + id);
			RestClient.Builder fiveInterceptors = site.builder();
			for (int i = 0; i < 5; i++) {
				fiveInterceptors.requestInterceptor((request, body, execution) -> execution.execute(request, body));
			}
			PlainClient withInterceptors = new PlainClient(fiveInterceptors, fake.baseUrl(), fake.email(),
					fake.apiToken());
			interleavedRow(
					"findById (µs)" + on + ": starter vs hand-written into Space with the same connect/read timeouts",
					compareFindById(fake, starter, () -> withTimeouts.findById(id)), "(attribution)");
			interleavedRow("findById (µs)" + on + ": plain with the starter's connect/read timeouts vs plain",
					compareFindById(fake, () -> plainWithTimeouts.findById(id), plain), "(attribution)");
			interleavedRow(
					"findById (µs)" + on + ": hand-written into Space vs plain (mapping: nested records, Instant, URI)",
					compareFindById(fake, handWritten, plain), "(attribution)");
			interleavedRow("findById (µs)" + on + ": plain with 5 no-op interceptors vs plain",
					compareFindById(fake, () -> withInterceptors.findById(id), plain), "(attribution)");
			RestClient.Builder oneInterceptor = site.builder()
				.requestInterceptor((request, body, execution) -> execution.execute(request, body));
			PlainClient withOneInterceptor = new PlainClient(oneInterceptor, fake.baseUrl(), fake.email(),
					fake.apiToken());
			interleavedRow("findById (µs)" + on + ": plain with 1 no-op interceptor vs plain",
					compareFindById(fake, () -> withOneInterceptor.findById(id), plain), "(attribution)");
			if (this.options.prototypes()) {
				prototypes(site, starter, plain);
			}
		}
	}

	/**
	 * The prototypes, each switched on by a property in a second context against the same
	 * fake site, measured against the plain baseline and against the current starter in
	 * the same JVM.
	 */
	private void prototypes(LoopbackSite site, Runnable starter, Runnable plain) {
		String on = " [" + site.library().label() + "]";
		List<String[]> variants = new ArrayList<>();
		if (site.library() == HttpLibrary.JDK) {
			variants.add(new String[] { "JDK factory with per-read timeout, send()",
					"confluence.prototype.jdk-factory=send" });
			variants.add(new String[] { "JDK factory with per-read timeout, sendAsync() as Spring",
					"confluence.prototype.jdk-factory=send-async" });
		}
		variants.add(new String[] { "fast createdAt parsing", "confluence.prototype.fast-instant=true" });
		variants
			.add(new String[] { "webUrl resolved against a parsed root", "confluence.prototype.fast-web-url=true" });
		variants.add(new String[] { "body left open for the response to drain, cached ObjectReader",
				"confluence.prototype.open-body=true" });
		variants.add(new String[] { "all prototypes", "confluence.prototype.fast-instant=true",
				"confluence.prototype.fast-web-url=true", "confluence.prototype.open-body=true",
				"confluence.prototype.jdk-factory=send" });
		for (String[] variant : variants) {
			try (ConfigurableApplicationContext context = site
				.variant(java.util.Arrays.copyOfRange(variant, 1, variant.length))) {
				ConfluenceSpaceService prototype = context.getBean(ConfluenceSpaceService.class);
				Runnable call = () -> prototype.findById(site.id()).orElseThrow();
				interleavedRow("findById (µs)" + on + ": prototype (" + variant[0] + ") vs plain",
						compareFindById(site.fake(), call, plain), "≤ 1.10");
				interleavedRow("findById (µs)" + on + ": prototype (" + variant[0] + ") vs current starter",
						compareFindById(site.fake(), call, starter), "(gain)");
			}
		}
	}

	/**
	 * Interleaved rounds of calls, after warm-up calls (20,000 each, 40 rounds of 1,000,
	 * by default).
	 */
	private Interleaved.Result compareFindById(FakeConfluence fake, Runnable candidate, Runnable baseline) {
		return Interleaved.compare(() -> {
			candidate.run();
			fake.clearRequests(); // the journal would otherwise grow for the whole run
		}, () -> {
			baseline.run();
			fake.clearRequests();
		}, this.options.warmup(), this.options.rounds(), this.options.perRound());
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
		for (HttpLibrary library : this.options.libraries()) {
			streaming(library);
		}
		if (this.options.jmh()) {
			for (HttpLibrary library : HttpLibrary.values()) {
				jmhStreaming(library);
			}
		}
	}

	private void streaming(HttpLibrary library) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		int passes = this.options.streamingPasses();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				StreamingComparisonMain.class.getName(), String.valueOf(passes), library.factoryProperty()));
		if (this.options.prototypes()) {
			command.add("confluence.prototype.fast-instant=true");
			command.add("confluence.prototype.fast-web-url=true");
			command.add("confluence.prototype.open-body=true");
			if (library == HttpLibrary.JDK) {
				command.add("confluence.prototype.jdk-factory=send");
			}
		}
		Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<String> results = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.startsWith("RESULT "))
			.toList();
		if (child.waitFor() != 0 || results.size() != (this.options.prototypes() ? 4 : 2)) {
			throw new IllegalStateException("The streaming comparison on " + library.label() + " failed");
		}
		for (String result : results) {
			String[] figures = result.split(" ");
			double starter = Double.parseDouble(figures[2]);
			double baseline = Double.parseDouble(figures[3]);
			String comparison = switch (figures[1]) {
				case "plain" -> "starter vs plain page loop (records of strings)";
				case "space" -> "starter vs hand-written page loop into Space (old baseline)";
				case "prototype" -> "prototype (all prototypes) vs plain page loop";
				default -> "prototype (all prototypes) vs current starter";
			};
			String target = switch (figures[1]) {
				case "plain", "prototype" -> "≥ 0.9";
				case "space" -> "(history; ≥ 0.9)";
				default -> "(gain)";
			};
			row("spaces() over 300,000 spaces in -Xmx" + (Long.parseLong(figures[5]) >> 20) + "m (spaces/s) ["
					+ library.label() + "], " + passes + " interleaved passes each: " + comparison, starter, baseline,
					starter / baseline, Double.parseDouble(figures[4]), target);
		}
	}

	private void jmhStreaming(HttpLibrary library) throws RunnerException {
		ChainedOptionsBuilder options = options(StreamingBenchmark.class).warmupIterations(1)
			.measurementIterations(5)
			.forks(1)
			.param("library", library.factoryProperty())
			.jvmArgsAppend("-Xmx64m");
		Collection<RunResult> results = new Runner(options.build()).run();
		double starter = StreamingBenchmark.SPACES / (median(results, "starter") / 1000);
		double handWritten = StreamingBenchmark.SPACES / (median(results, "handWritten") / 1000);
		row("spaces() over 300,000 spaces in -Xmx64m (spaces/s) [" + library.label()
				+ "], JMH SingleShotTime, separate forks, starter vs hand-written into Space", starter, handWritten,
				starter / handWritten, Double.NaN, "(cross-check)");
	}

	/**
	 * Uploads and downloads of a large file through the starter's attachment service
	 * against a plain client on the same library (and {@code HttpURLConnection}), in a
	 * JVM with {@code -Xmx64m} per library ({@link AttachmentComparisonMain}), against a
	 * fake in a process of its own.
	 */
	private void attachments() throws Exception {
		defaultLibrary();
		for (HttpLibrary library : this.options.libraries()) {
			attachments(library);
		}
	}

	/** Which library the starter runs on with its defaults on this class path. */
	private void defaultLibrary() {
		FakeConfluence fake = FakeConfluence.builder().validateRequests(false).start();
		try (ConfigurableApplicationContext context = BenchmarkApplication.withStarter(fake.baseUrl(), fake.email(),
				fake.apiToken())) {
			String response = HttpLibrary.responseClass(
					context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class),
					"/wiki/api/v2/spaces?limit=1");
			String note = "NOTE with no spring.http.clients.imperative.factory, on this class path (JDK and"
					+ " HttpClient 5), the starter's confluenceRestClient answers with " + response;
			this.notes.add(note);
			System.out.println(note);
		}
		finally {
			fake.stop();
		}
	}

	private void attachments(HttpLibrary library) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		int transfers = this.options.transfers();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx64m"));
		command.addAll(this.options.clientJvm());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), AttachmentComparisonMain.class.getName(),
				String.valueOf(transfers), library.factoryProperty(), String.valueOf(this.options.fileMiB()),
				this.options.reference() ? "reference" : "no-reference"));
		long start = System.nanoTime();
		Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<String> results = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.startsWith("RESULT "))
			.toList();
		if (child.waitFor() != 0 || results.size() != (this.options.reference() ? 4 : 2)) {
			throw new IllegalStateException("The attachment comparison on " + library.label() + " failed");
		}
		System.out.printf("attachments on %s: %.0f s%n", library.label(), (System.nanoTime() - start) / 1e9);
		for (String result : results) {
			String[] figures = result.split(" ");
			String direction = figures[1];
			String baseline = figures[2].equals("plain")
					? ((library == HttpLibrary.JDK) ? "plain JDK HttpClient" : "plain HttpClient 5")
					: "HttpURLConnection (InputStream-to-socket copy)";
			long heap = Long.parseLong(figures[14]);
			long size = Long.parseLong(figures[15]);
			String jvm = this.options.clientJvm().isEmpty() ? "" : " " + String.join(" ", this.options.clientJvm());
			String what = direction + " of " + (size >> 20) + " MiB in -Xmx" + (heap >> 20) + "m" + jvm + " ["
					+ library.label() + "], " + transfers + " interleaved transfers each: starter vs " + baseline;
			double starter = Double.parseDouble(figures[3]);
			double plain = Double.parseDouble(figures[4]);
			row(what + " (MiB/s)", starter, plain, starter / plain, Double.parseDouble(figures[5]), "≥ 0.9");
			row(what + ": heap, peak used / peak live after a collection / allocated per transfer by all threads"
					+ " (MiB), collections per transfer", heap(figures, 6, 8, 12, 10), heap(figures, 7, 9, 13, 11), "",
					"", "peak < 64, flat");
		}
	}

	/**
	 * {@code peak / live / allocated, n GCs}; the live figure is "-" when no collection
	 * ran.
	 */
	private static String heap(String[] figures, int peak, int live, int allocated, int collections) {
		double count = Double.parseDouble(figures[collections]);
		return mebibytes(figures[peak]) + " / " + ((count > 0) ? mebibytes(figures[live]) : "-") + " / "
				+ mebibytes(figures[allocated]) + ", " + String.format("%.1f", count);
	}

	private static String mebibytes(String bytes) {
		return String.format("%.1f", Double.parseDouble(bytes) / (1 << 20));
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
		try (LoopbackSite site = LoopbackSite.start(HttpLibrary.HTTP_COMPONENTS)) {
			connections(site);
		}
		try (LoopbackSite site = LoopbackSite.start(HttpLibrary.JDK)) {
			connections(site);
			FakeConfluence fake = site.fake();
			ConfluenceApiClient api = site.context().getBean(ConfluenceApiClient.class);
			int cached = upstreamRequestsFor100Probes(fake, new ConfluenceHealthIndicator(api, Duration.ofSeconds(30)));
			int uncached = upstreamRequestsFor100Probes(fake, new ConfluenceHealthIndicator(api, Duration.ZERO));
			row("upstream requests for 100 concurrent health probes (cache-ttl 30s vs 0)", cached, uncached,
					(double) cached / uncached, Double.NaN, "one check (2 requests)");
		}
	}

	private void connections(LoopbackSite site) {
		{
			FakeConfluence fake = site.fake();
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
			row("TCP connections for 1,000 sequential calls [" + site.library().label() + "]", starterConnections,
					handWrittenConnections, (double) starterConnections / handWrittenConnections, Double.NaN,
					"starter ≤ 2");
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
		String row = String.format("| %s | %s | %s | %.3f | %s | %s |", measure, format(candidate), format(baseline),
				ratio, Double.isNaN(roundRatio) ? "" : String.format("%.3f", roundRatio), target);
		this.rows.add(row);
		System.out.println("ROW " + row); // as it comes, so that a long run shows its
											// progress
		System.out.flush();
	}

	private void row(String measure, String candidate, String baseline, String ratio, String roundRatio,
			String target) {
		String row = String.format("| %s | %s | %s | %s | %s | %s |", measure, candidate, baseline, ratio, roundRatio,
				target);
		this.rows.add(row);
		System.out.println("ROW " + row);
		System.out.flush();
	}

	private static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e9) ? String.valueOf((long) value)
				: String.format("%.2f", value);
	}

}
