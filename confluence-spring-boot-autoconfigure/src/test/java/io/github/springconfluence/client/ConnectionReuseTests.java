package io.github.springconfluence.client;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakeSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client keeps its connections alive: many sequential calls share one or two TCP
 * connections instead of paying a handshake each.
 */
class ConnectionReuseTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	@Test
	void aThousandSequentialCallsOpenAtMostTwoConnections() {
		FakeConfluence fake = confluence.fake();
		TestContexts.runner(fake).run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			String id = spaces.findByKey("ENG").orElseThrow().id();
			fake.reset();
			for (int i = 0; i < 1000; i++) {
				assertThat(spaces.findById(id)).isPresent();
			}
			assertThat(fake.requests()).hasSize(1000);
			assertThat(fake.connectionCount()).isBetween(1, 2);
		});
	}

}
