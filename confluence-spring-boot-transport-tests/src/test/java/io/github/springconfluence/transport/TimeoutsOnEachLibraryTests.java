package io.github.springconfluence.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.ConfluenceResponseFormatException;
import io.github.springconfluence.ConfluenceTransportException;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Each library honours the Confluence timeouts. Every fault outlasts its timeout by far
 * and {@code assertTimeoutPreemptively} allows much less than the fault, so a test passes
 * only if the timeout ended the wait; retries are off so that one attempt is measured.
 */
class TimeoutsOnEachLibraryTests extends OnEachHttpLibrary {

	private static final Duration FAULT = Duration.ofSeconds(60);

	private static final Duration ENOUGH = Duration.ofSeconds(15);

	@Test
	void responseSlowerThanTheReadTimeoutFailsWithTheTransportException() {
		this.fake.inject(Fault.on("GET", SPACES).status(200).delay(FAULT).body("application/json", "{}"));
		assertTimeoutPreemptively(ENOUGH,
				() -> withConfluence(
						(confluence) -> assertThatExceptionOfType(ConfluenceTransportException.class)
							.isThrownBy(() -> confluence.spaces().findByKey("ENG"))
							.withMessageContaining("timed out"),
						"confluence.read-timeout=500ms", "confluence.retry.max-retries=0"));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void bodyThatStallsMidwayFailsWithinTheReadTimeout() {
		this.fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("ATL-TraceId", "t-stall")
			.stallBody(FAULT)
			.body("application/json", "{\"results\":[" + "{\"id\":\"1\",\"key\":\"A\"},".repeat(200) + "{}]}"));
		assertTimeoutPreemptively(ENOUGH,
				() -> withConfluence(
						(confluence) -> assertThatExceptionOfType(ConfluenceResponseFormatException.class)
							.isThrownBy(() -> confluence.spaces().spaces().toList())
							.satisfies((ex) -> assertThat(ex.traceId()).isEqualTo("t-stall"))
							// 2 s, not less: Jetty's read timeout is a total one, counted
							// from the send, and the
							// headers must come before it on a loaded machine for the
							// stall to be in the body.
							.withMessageContaining("confluence.read-timeout"),
						"confluence.read-timeout=2s", "confluence.retry.max-retries=0"));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1);
	}

	@Test
	void serverThatDoesNotAcceptTheConnectionFailsWithinTheConnectTimeout() throws IOException {
		try (Unreachable unreachable = new Unreachable()) {
			assertTimeoutPreemptively(ENOUGH,
					() -> withConfluence(
							(confluence) -> assertThatExceptionOfType(ConfluenceTransportException.class)
								.isThrownBy(() -> confluence.spaces().findByKey("ENG"))
								.withMessageContaining("timed out"),
							"confluence.base-url=" + unreachable.baseUrl(), "confluence.connect-timeout=500ms",
							"confluence.retry.max-retries=0"));
		}
	}

	/**
	 * A listening socket on 127.0.0.1 that never accepts and whose accept queue is full:
	 * Linux then drops further SYNs, so a new connection neither succeeds nor is refused,
	 * and only the connect timeout ends it.
	 */
	private static final class Unreachable implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> fillers = new ArrayList<>();

		Unreachable() throws IOException {
			InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
			this.server = new ServerSocket(0, 1, loopback);
			for (int i = 0; i < 8; i++) {
				Socket filler = new Socket();
				try {
					filler.connect(new InetSocketAddress(loopback, this.server.getLocalPort()), 200);
					this.fillers.add(filler);
				}
				catch (IOException ex) {
					filler.close(); // the queue is full
					break;
				}
			}
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.server.getLocalPort();
		}

		@Override
		public void close() throws IOException {
			for (Socket filler : this.fillers) {
				filler.close();
			}
			this.server.close();
		}

	}

}
