package io.github.springconfluence.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turning the library's own behaviour off must not turn off its connection pool:
 * sequential calls reuse one connection (at most two on Jetty and Reactor Netty, see
 * {@link HttpLibrary#connectionsForSequentialCalls()}) instead of a handshake each.
 */
class KeepAliveOnEachLibraryTests extends OnEachHttpLibrary {

	@Test
	void fiftySequentialCallsReuseTheirConnection() {
		withConfluence((confluence) -> {
			String id = confluence.spaces().findByKey("ENG").orElseThrow().id();
			for (int i = 1; i < 50; i++) {
				assertThat(confluence.spaces().findById(id)).isPresent();
			}
		});
		assertThat(this.fake.requests()).hasSize(50);
		assertThat(this.fake.connectionCount()).isBetween(1, this.library.connectionsForSequentialCalls());
	}

}
