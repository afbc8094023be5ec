package io.github.springconfluence.benchmarks;

import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A FakeConfluence on loopback with one space, and the clients under comparison pointed
 * at it, all on one explicitly chosen {@link HttpLibrary}. Start-up fails unless every
 * client really runs on that library.
 *
 * @param library the HTTP library under every client
 * @param fake the fake site
 * @param context the application context with the starter
 * @param starter the starter's service
 * @param handWritten the old baseline (maps into the starter's {@code Space}), built from
 * the same context's builder
 * @param plain the honest baseline (a record of strings), built from the same context's
 * builder
 * @param id the id of the one space
 */
record LoopbackSite(HttpLibrary library, FakeConfluence fake, ConfigurableApplicationContext context,
		ConfluenceSpaceService starter, HandWrittenClient handWritten, PlainClient plain,
		String id) implements AutoCloseable {

	static LoopbackSite start(HttpLibrary library, String... properties) {
		// Request validation off: the fake's own work would be measured on the same two
		// cores.
		FakeConfluence fake = FakeConfluence.builder().validateRequests(false).start();
		String id = String.valueOf(fake.addSpace("ENG", "Engineering").id());
		String[] all = new String[properties.length + 1];
		all[0] = library.property();
		System.arraycopy(properties, 0, all, 1, properties.length);
		ConfigurableApplicationContext context = BenchmarkApplication.withStarter(fake.baseUrl(), fake.email(),
				fake.apiToken(), all);
		LoopbackSite site = new LoopbackSite(library, fake, context, context.getBean(ConfluenceSpaceService.class),
				new HandWrittenClient(context.getBean(RestClient.Builder.class), fake.baseUrl(), fake.email(),
						fake.apiToken()),
				new PlainClient(context.getBean(RestClient.Builder.class), fake.baseUrl(), fake.email(),
						fake.apiToken()),
				id);
		String path = "/wiki/api/v2/spaces/" + id;
		library.verify("the starter's confluenceRestClient",
				context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class), path);
		library.verify("the hand-written client", site.handWritten().restClient(), path);
		library.verify("the plain hand-written client", site.plain().restClient(), path);
		fake.clearRequests();
		return site;
	}

	/**
	 * Starts another application context with the starter against the same fake site and
	 * library, with more properties (a prototype's switch), and returns its service. The
	 * caller closes the context.
	 * @param properties the extra properties
	 * @return the context
	 */
	ConfigurableApplicationContext variant(String... properties) {
		String[] all = new String[properties.length + 1];
		all[0] = this.library.property();
		System.arraycopy(properties, 0, all, 1, properties.length);
		ConfigurableApplicationContext variant = BenchmarkApplication.withStarter(this.fake.baseUrl(),
				this.fake.email(), this.fake.apiToken(), all);
		String path = "/wiki/api/v2/spaces/" + this.id;
		RestClient client = variant.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class);
		this.library.verify("the variant starter", client, path);
		this.fake.clearRequests();
		return variant;
	}

	/** Builds Boot's builder for this site's library, as a user's client gets it. */
	RestClient.Builder builder() {
		return this.context.getBean(RestClient.Builder.class);
	}

	@Override
	public void close() {
		this.context.close();
		this.fake.stop();
	}

}
