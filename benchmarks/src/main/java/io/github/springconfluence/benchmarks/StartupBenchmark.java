package io.github.springconfluence.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The time to start (and close) an application context with the starter against the same
 * application without it. Run in fresh JVMs, one start each: a cold start is what users
 * wait for.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	@Benchmark
	public void withStarter() {
		// No request is made at startup: the site needs no server.
		BenchmarkApplication
			.withStarter("https://example.atlassian.net", "jane@example.com", "token", HttpLibrary.JDK.property())
			.close();
	}

	@Benchmark
	public void withoutStarter() {
		BenchmarkApplication.withoutStarter(HttpLibrary.JDK.property()).close();
	}

}
