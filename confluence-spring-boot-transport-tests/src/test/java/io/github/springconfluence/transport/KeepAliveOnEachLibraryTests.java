package io.github.springconfluence.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turning the library's own behaviour off must not turn off its connection pool.
 */
class KeepAliveOnEachLibraryTests extends OnEachHttpLibrary {

	@Test
	void fiftySequentialCallsUseOneConnection() {
		withConfluence((confluence) -> {
			String id = confluence.spaces().findByKey("ENG").orElseThrow().id();
			for (int i = 1; i < 50; i++) {
				assertThat(confluence.spaces().findById(id)).isPresent();
			}
		});
		assertThat(this.fake.requests()).hasSize(50);
		assertThat(this.fake.connectionCount()).as(() -> this.fake.requests().stream().map((r) -> r.remoteAddress().getPort() + " " + r.path()).toList().toString()).isEqualTo(1);
	}

}
