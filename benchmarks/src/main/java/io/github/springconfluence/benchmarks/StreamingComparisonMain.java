package io.github.springconfluence.benchmarks;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.space.ConfluenceSpaceService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The streaming comparison, interleaved: full passes over 300,000 spaces through
 * {@code spaces()} and through hand-written page loops (records of strings, and the old
 * one into {@code Space}) on the HTTP library named by the second argument, alternating,
 * in a JVM that {@link BenchmarkMain} starts with {@code -Xmx64m}. Prints two
 * {@code RESULT} lines, four when the arguments after the library name a prototype's
 * properties.
 */
public final class StreamingComparisonMain {

	private StreamingComparisonMain() {
	}

	public static void main(String[] args) {
		ChildJvm.run(args, StreamingComparisonMain::run);
	}

	private static void run(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		HttpLibrary library = HttpLibrary.parse(args[1]);
		try (SpaceServer server = SpaceServer.start(StreamingBenchmark.SPACES)) {
			String baseUrl = server.baseUrl();
			try (ConfigurableApplicationContext context = BenchmarkApplication.withStarter(baseUrl,
					"fake.user@example.com", "fake-api-token", library.property())) {
				ConfluenceSpaceService starter = context.getBean(ConfluenceSpaceService.class);
				HandWrittenClient handWritten = new HandWrittenClient(context.getBean(RestClient.Builder.class),
						baseUrl, "fake.user@example.com", "fake-api-token");
				PlainClient plain = new PlainClient(context.getBean(RestClient.Builder.class), baseUrl,
						"fake.user@example.com", "fake-api-token");
				String path = "/wiki/api/v2/spaces?limit=1";
				library.verify("the starter's confluenceRestClient",
						context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class), path);
				library.verify("the hand-written client", handWritten.restClient(), path);
				library.verify("the plain hand-written client", plain.restClient(), path);
				Interleaved.Result versusPlain = Interleaved.compare(() -> check(starter.spaces().count()),
						() -> check(plain.countAllSpaces()), 1, rounds, 1);
				print("plain", versusPlain);
				Interleaved.Result versusSpace = Interleaved.compare(() -> check(starter.spaces().count()),
						() -> check(handWritten.countAllSpaces()), 1, rounds, 1);
				print("space", versusSpace);
				if (args.length > 2) {
					// A prototype: the starter with more properties, against the plain
					// loop.
					String[] properties = new String[args.length - 1];
					properties[0] = library.property();
					System.arraycopy(args, 2, properties, 1, args.length - 2);
					try (ConfigurableApplicationContext variant = BenchmarkApplication.withStarter(baseUrl,
							"fake.user@example.com", "fake-api-token", properties)) {
						ConfluenceSpaceService prototype = variant.getBean(ConfluenceSpaceService.class);
						Interleaved.Result versusPrototype = Interleaved.compare(
								() -> check(prototype.spaces().count()), () -> check(plain.countAllSpaces()), 1, rounds,
								1);
						print("prototype", versusPrototype);
						Interleaved.Result prototypeVersusStarter = Interleaved.compare(
								() -> check(prototype.spaces().count()), () -> check(starter.spaces().count()), 1,
								rounds, 1);
						print("prototype-vs-starter", prototypeVersusStarter);
					}
				}
			}
		}
	}

	private static void print(String baseline, Interleaved.Result result) {
		double starterRate = StreamingBenchmark.SPACES / (result.candidateMedian() / 1_000_000);
		double baselineRate = StreamingBenchmark.SPACES / (result.baselineMedian() / 1_000_000);
		// Rates are inverse times: the per-round ratio of rates is 1 / the ratio of
		// times.
		System.out.println("RESULT " + baseline + " " + starterRate + " " + baselineRate + " "
				+ (1 / result.roundRatioMedian()) + " " + Runtime.getRuntime().maxMemory());
	}

	private static void check(long count) {
		if (count != StreamingBenchmark.SPACES) {
			throw new IllegalStateException("Expected " + StreamingBenchmark.SPACES + " spaces, read " + count);
		}
	}

}
