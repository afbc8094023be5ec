package io.github.springconfluence.transport;

import io.github.springconfluence.ConfluenceRateLimitException;
import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retries are the starter's only: the library neither waits for a long
 * {@code Retry-After} nor repeats a request by itself, so each count below is exact.
 * {@code max-retries} is {@value OnEachHttpLibrary#MAX_RETRIES}. The one exception, which
 * no API turns off, is the JDK client's single resend of a GET whose connection closed
 * without a response ({@link HttpLibrary#JDK}); it never resends a POST.
 */
class RetriesOnEachLibraryTests extends OnEachHttpLibrary {

	private static final String CREATE = "/wiki/rest/api/space";

	@Test
	void rateLimitLongerThanMaxRetryAfterFailsAtOnceAfterOneRequest() {
		this.fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).status(429).header("Retry-After", "3600"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
			.isThrownBy(() -> confluence.spaces().findByKey("ENG")));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void shortRateLimitIsRetriedByTheStarterExactlyMaxRetriesTimes() {
		this.fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).status(429).header("Retry-After", "0"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
			.isThrownBy(() -> confluence.spaces().findByKey("ENG")));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1 + MAX_RETRIES);
	}

	@Test
	void shortRateLimitOnAPostIsRetriedByTheStarterOnly() {
		this.fake.inject(Fault.on("POST", CREATE).times(Fault.ALWAYS).status(429).header("Retry-After", "1"));
		withConfluence(
				(confluence) -> assertThatExceptionOfType(ConfluenceRateLimitException.class)
					.isThrownBy(() -> confluence.spaces().create(new NewSpace("NEW", "New", null))),
				"confluence.retry.max-retries=1");
		assertThat(this.fake.requests("POST", CREATE)).hasSize(2);
	}

	@Test
	void serviceUnavailableOnAGetIsRetriedByTheStarterOnly() {
		this.fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).status(503).header("Retry-After", "0"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceServerException.class)
			.isThrownBy(() -> confluence.spaces().findByKey("ENG")));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1 + MAX_RETRIES);
	}

	@Test
	void connectionResetOnAGetIsRetriedByTheStarterOnly() {
		this.fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).resetConnection());
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceTransportException.class)
			.isThrownBy(() -> confluence.spaces().findByKey("ENG")));
		assertThat(this.fake.requests("GET", SPACES))
			.hasSize((1 + MAX_RETRIES) * this.library.sendsOfAGetOnAClosedConnection());
	}

	@Test
	void connectionResetOnAReusedConnectionIsRetriedByTheStarterOnly() {
		withConfluence((confluence) -> {
			assertThat(confluence.spaces().findByKey("ENG")).isPresent(); // opens the
																			// connection
																			// to reuse
			this.fake.clearRequests();
			this.fake.inject(Fault.on("GET", SPACES).times(Fault.ALWAYS).resetConnection());
			assertThatExceptionOfType(ConfluenceTransportException.class)
				.isThrownBy(() -> confluence.spaces().findByKey("ENG"));
		});
		assertThat(this.fake.requests("GET", SPACES))
			.hasSize((1 + MAX_RETRIES) * this.library.sendsOfAGetOnAClosedConnection());
	}

	@Test
	void connectionResetOnADeleteIsRetriedByTheStarterOnly() {
		this.fake.addSpace("DOCS", "Docs");
		this.fake.inject(Fault.on("DELETE", "/wiki/rest/api/space/DOCS").times(Fault.ALWAYS).resetConnection());
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceTransportException.class)
			.isThrownBy(() -> confluence.spaces().delete("DOCS")));
		assertThat(this.fake.requests("DELETE", "/wiki/rest/api/space/DOCS")).hasSize(1 + MAX_RETRIES);
	}

	@Test
	void postIsNeverReplayedAfterServiceUnavailable() {
		this.fake.inject(Fault.on("POST", CREATE).times(Fault.ALWAYS).status(503).header("Retry-After", "0"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceServerException.class)
			.isThrownBy(() -> confluence.spaces().create(new NewSpace("NEW", "New", null))));
		assertThat(this.fake.requests("POST", CREATE)).hasSize(1);
	}

	@Test
	void postIsNeverReplayedAfterConnectionReset() {
		this.fake.inject(Fault.on("POST", CREATE).times(Fault.ALWAYS).resetConnection());
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceTransportException.class)
			.isThrownBy(() -> confluence.spaces().create(new NewSpace("NEW", "New", null))));
		assertThat(this.fake.requests("POST", CREATE)).hasSize(1);
	}

	@Test
	void postIsNeverReplayedAfterConnectionResetOnAReusedConnection() {
		withConfluence((confluence) -> {
			assertThat(confluence.spaces().findByKey("ENG")).isPresent(); // opens the
																			// connection
																			// to reuse
			this.fake.inject(Fault.on("POST", CREATE).times(Fault.ALWAYS).resetConnection());
			assertThatExceptionOfType(ConfluenceTransportException.class)
				.isThrownBy(() -> confluence.spaces().create(new NewSpace("NEW", "New", null)));
		});
		assertThat(this.fake.requests("POST", CREATE)).hasSize(1);
	}

}
