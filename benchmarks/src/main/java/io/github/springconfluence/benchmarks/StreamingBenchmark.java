package io.github.springconfluence.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.springconfluence.space.ConfluenceSpaceService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A full pass over 300,000 spaces (1,200 pages of 250) through {@code spaces()} against a
 * hand-written page loop. The fake site runs in a process of its own so that this JVM can
 * run with {@code -Xmx64m}: holding the spaces would not fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamingBenchmark {

	/** How many spaces the site has. */
	public static final int SPACES = 300_000;

	/**
	 * The HTTP library under both clients, as
	 * {@code spring.http.clients.imperative.factory}.
	 */
	@Param({ "jdk", "http-components" })
	public String library;

	private SpaceServer server;

	private ConfigurableApplicationContext context;

	private ConfluenceSpaceService starter;

	private HandWrittenClient handWritten;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.server = SpaceServer.start(SPACES);
		String baseUrl = this.server.baseUrl();
		this.context = BenchmarkApplication.withStarter(baseUrl, "fake.user@example.com", "fake-api-token",
				HttpLibrary.parse(this.library).property());
		this.starter = this.context.getBean(ConfluenceSpaceService.class);
		this.handWritten = new HandWrittenClient(this.context.getBean(RestClient.Builder.class), baseUrl,
				"fake.user@example.com", "fake-api-token");
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.context.close();
		this.server.close();
	}

	@Benchmark
	public long starter() {
		return check(this.starter.spaces().count());
	}

	@Benchmark
	public long handWritten() {
		return check(this.handWritten.countAllSpaces());
	}

	private static long check(long count) {
		if (count != SPACES) {
			throw new IllegalStateException("Expected " + SPACES + " spaces, read " + count);
		}
		return count;
	}

}
