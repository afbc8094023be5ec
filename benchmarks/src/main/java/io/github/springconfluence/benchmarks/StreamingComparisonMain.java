package io.github.springconfluence.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.springconfluence.space.ConfluenceSpaceService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The streaming comparison, interleaved: full passes over 300,000 spaces through
 * {@code spaces()} and through a hand-written page loop, alternating, in a JVM that
 * {@link BenchmarkMain} starts with {@code -Xmx64m}. Prints one {@code RESULT} line.
 */
public final class StreamingComparisonMain {

	private StreamingComparisonMain() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
				SpaceServerMain.class.getName(), String.valueOf(StreamingBenchmark.SPACES))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try {
			String baseUrl = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
			try (ConfigurableApplicationContext context = BenchmarkApplication.withStarter(baseUrl,
					"fake.user@example.com", "fake-api-token")) {
				ConfluenceSpaceService starter = context.getBean(ConfluenceSpaceService.class);
				HandWrittenClient handWritten = new HandWrittenClient(context.getBean(RestClient.Builder.class), baseUrl,
						"fake.user@example.com", "fake-api-token");
				Interleaved.Result result = Interleaved.compare(() -> check(starter.spaces().count()),
						() -> check(handWritten.countAllSpaces()), 1, rounds, 1);
				double starterRate = StreamingBenchmark.SPACES / (result.candidateMedian() / 1_000_000);
				double handRate = StreamingBenchmark.SPACES / (result.baselineMedian() / 1_000_000);
				// Rates are inverse times: the per-round ratio of rates is 1 / the ratio of times.
				System.out.println("RESULT " + starterRate + " " + handRate + " " + (1 / result.roundRatioMedian()) + " "
						+ Runtime.getRuntime().maxMemory());
			}
		}
		finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void check(long count) {
		if (count != StreamingBenchmark.SPACES) {
			throw new IllegalStateException("Expected " + StreamingBenchmark.SPACES + " spaces, read " + count);
		}
	}

}
