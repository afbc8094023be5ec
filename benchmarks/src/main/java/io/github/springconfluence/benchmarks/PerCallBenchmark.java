package io.github.springconfluence.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.Space;
import io.github.springconfluence.test.FakeConfluence;
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

/**
 * One {@code findById} through the starter against the plain and the hand-written
 * clients, on the HTTP library given by {@code library}, both against the same
 * FakeConfluence on loopback, in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {

	/**
	 * The HTTP library under every client, as
	 * {@code spring.http.clients.imperative.factory}.
	 */
	@Param({ "jdk", "http-components" })
	public String library;

	private LoopbackSite site;

	private FakeConfluence fake;

	private ConfluenceSpaceService starter;

	private HandWrittenClient handWritten;

	private PlainClient plain;

	private String id;

	@Setup(Level.Trial)
	public void start() {
		this.site = LoopbackSite.start(HttpLibrary.parse(this.library));
		this.fake = this.site.fake();
		this.id = this.site.id();
		this.starter = this.site.starter();
		this.handWritten = this.site.handWritten();
		this.plain = this.site.plain();
	}

	@Setup(Level.Iteration)
	public void forgetRequests() {
		this.fake.clearRequests(); // the journal would otherwise grow for the whole run
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.site.close();
	}

	@Benchmark
	public Space starter() {
		return this.starter.findById(this.id).orElseThrow();
	}

	@Benchmark
	public PlainClient.PlainSpace plain() {
		return this.plain.findById(this.id);
	}

	@Benchmark
	public Space handWritten() {
		return this.handWritten.findById(this.id);
	}

}
