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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * One {@code findById} through the starter against the hand-written client, both against the
 * same FakeConfluence on loopback, in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {

	private FakeConfluence fake;

	private ConfigurableApplicationContext context;

	private ConfluenceSpaceService starter;

	private HandWrittenClient handWritten;

	private String id;

	@Setup(Level.Trial)
	public void start() {
		this.fake = FakeConfluence.builder().start();
		this.id = String.valueOf(this.fake.addSpace("ENG", "Engineering").id());
		this.context = BenchmarkApplication.withStarter(this.fake.baseUrl(), this.fake.email(), this.fake.apiToken());
		this.starter = this.context.getBean(ConfluenceSpaceService.class);
		this.handWritten = new HandWrittenClient(this.context.getBean(RestClient.Builder.class), this.fake.baseUrl(),
				this.fake.email(), this.fake.apiToken());
	}

	@Setup(Level.Iteration)
	public void forgetRequests() {
		this.fake.clearRequests(); // the journal would otherwise grow for the whole run
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
		this.fake.stop();
	}

	@Benchmark
	public Space starter() {
		return this.starter.findById(this.id).orElseThrow();
	}

	@Benchmark
	public Space handWritten() {
		return this.handWritten.findById(this.id);
	}

}
