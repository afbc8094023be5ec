package io.github.springconfluence.benchmarks;

import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A FakeConfluence on loopback with one space, and both clients under comparison pointed at it.
 *
 * @param fake the fake site
 * @param context the application context with the starter
 * @param starter the starter's service
 * @param handWritten the hand-written baseline, built from the same context's builder
 * @param id the id of the one space
 */
record LoopbackSite(FakeConfluence fake, ConfigurableApplicationContext context, ConfluenceSpaceService starter,
		HandWrittenClient handWritten, String id) implements AutoCloseable {

	static LoopbackSite start() {
		FakeConfluence fake = FakeConfluence.builder().start();
		String id = String.valueOf(fake.addSpace("ENG", "Engineering").id());
		ConfigurableApplicationContext context = BenchmarkApplication.withStarter(fake.baseUrl(), fake.email(),
				fake.apiToken());
		return new LoopbackSite(fake, context, context.getBean(ConfluenceSpaceService.class),
				new HandWrittenClient(context.getBean(RestClient.Builder.class), fake.baseUrl(), fake.email(),
						fake.apiToken()),
				id);
	}

	@Override
	public void close() {
		this.context.close();
		this.fake.stop();
	}

}
