package io.github.springconfluence.benchmarks;

import io.github.springconfluence.space.ConfluenceSpaceService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A loop to profile, not a measurement: alternates full passes of the starter's
 * {@code spaces()} and the plain page loop over the spaces of a FakeConfluence in its own
 * process, on one HTTP library, for a number of seconds, so that a JFR recording of this
 * JVM can be split by the calling frame ({@code StreamingProfileMain.starterPass} against
 * {@code StreamingProfileMain.plainPass}; see {@code scripts/jfr-split.py}).
 * <p>
 * Arguments: the library ({@code jdk} or {@code http-components}), the seconds to run,
 * and the number of spaces (default 300,000).
 */
public final class StreamingProfileMain {

	private StreamingProfileMain() {
	}

	public static void main(String[] args) {
		ChildJvm.run(args, StreamingProfileMain::run);
	}

	private static void run(String[] args) throws Exception {
		HttpLibrary library = HttpLibrary.parse(args[0]);
		long seconds = Long.parseLong(args[1]);
		int spaces = (args.length > 2) ? Integer.parseInt(args[2]) : StreamingBenchmark.SPACES;
		try (SpaceServer server = SpaceServer.start(spaces)) {
			String baseUrl = server.baseUrl();
			try (ConfigurableApplicationContext context = BenchmarkApplication.withStarter(baseUrl,
					"fake.user@example.com", "fake-api-token", library.property())) {
				ConfluenceSpaceService starter = context.getBean(ConfluenceSpaceService.class);
				PlainClient plain = new PlainClient(context.getBean(RestClient.Builder.class), baseUrl,
						"fake.user@example.com", "fake-api-token");
				long passes = 0;
				long end = System.nanoTime() + seconds * 1_000_000_000L;
				while (System.nanoTime() < end) {
					starterPass(starter, spaces);
					plainPass(plain, spaces);
					passes++;
				}
				System.out.println("passes each: " + passes);
			}
		}
	}

	private static void starterPass(ConfluenceSpaceService starter, int spaces) {
		check(starter.spaces().count(), spaces);
	}

	private static void plainPass(PlainClient plain, int spaces) {
		check(plain.countAllSpaces(), spaces);
	}

	private static void check(long count, int spaces) {
		if (count != spaces) {
			throw new IllegalStateException("Expected " + spaces + " spaces, read " + count);
		}
	}

}
