package io.github.springconfluence.test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FaultsTest {

	static final String SPACES = "/wiki/api/v2/spaces";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix("/gw").spaces(3));

	@Test
	void answersWithTheScriptedStatusHeadersAndBodyOnce(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES)
			.status(429)
			.header("Retry-After", "7")
			.body("application/json", "{\"message\":\"slow down\"}"));

		HttpResponse<String> faulted = Http.get(fake, SPACES);
		HttpResponse<String> normal = Http.get(fake, SPACES);

		assertThat(faulted.statusCode()).isEqualTo(429);
		assertThat(faulted.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(faulted.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(faulted.headers().firstValue("ATL-TraceId")).isPresent();
		assertThat(faulted.body()).isEqualTo("{\"message\":\"slow down\"}");
		assertThat(normal.statusCode()).isEqualTo(200);
	}

	@Test
	void defaultsToAnEmpty500(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES));

		HttpResponse<String> response = Http.get(fake, SPACES);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void answersTheGivenNumberOfTimesThenIsDropped(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES).status(503).times(2));

		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(503);
		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(503);
		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(200);
	}

	@Test
	void alwaysAnswersUntilCleared(FakeConfluence fake) {
		fake.inject(Fault.on("*", "*").status(502).times(Fault.ALWAYS));

		for (int i = 0; i < 5; i++) {
			assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(502);
		}
		fake.clearFaults();
		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(200);
	}

	@Test
	void matchesMethodsAndPathPrefixesInInjectionOrder(FakeConfluence fake) {
		long id = fake.spaces().get(0).id();
		fake.inject(Fault.on("DELETE", "/wiki/api/v2/spaces/*").status(418).times(Fault.ALWAYS))
			.inject(Fault.on("*", "/wiki/api/v2/spaces/*").status(503))
			.inject(Fault.on("GET", "/wiki/api/v2/spaces/*").status(504));

		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(200);
		assertThat(Http.get(fake, SPACES + "/" + id).statusCode()).isEqualTo(503);
		assertThat(Http.get(fake, SPACES + "/" + id).statusCode()).isEqualTo(504);
		assertThat(Http.get(fake, SPACES + "/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void answersBeforeAuthenticationAndIsJournaled(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES).status(503));

		HttpResponse<String> response = Http.send(Http.anonymous(fake, SPACES).build());

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(fake.requests("GET", SPACES)).hasSize(1);
		assertThat(fake.lastRequest().header("Authorization")).isNull();
	}

	@Test
	void delaysOnlyTheFaultedRequest(FakeConfluence fake) throws Exception {
		fake.inject(Fault.on("GET", SPACES).delay(Duration.ofSeconds(3)).status(200).body("application/json", "{}"));
		HttpRequest slow = Http.authorized(fake, SPACES).timeout(Duration.ofMillis(300)).build();

		CompletableFuture<HttpResponse<String>> pending = Http.CLIENT.sendAsync(slow,
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> other = Http.get(fake, "/wiki/rest/api/user/current");

		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(pending).failsWithin(Duration.ofSeconds(10))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void delayedAnswerArrivesWhenTheClientWaitsLongEnough(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES).delay(Duration.ofMillis(200)).status(503));

		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(503);
	}

	@Test
	void truncatesTheBody(FakeConfluence fake) {
		String body = "{\"results\":[" + "{\"key\":\"K\"},".repeat(20) + "{\"key\":\"LAST\"}]}";
		fake.inject(Fault.on("GET", SPACES).status(200).body("application/json", body).truncateBody());
		HttpClient client = Http.newClient();

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> client.send(Http.authorized(fake, SPACES).build(), HttpResponse.BodyHandlers.ofString()))
			.withMessageContaining("content-length");
		// The server is fine afterwards.
		assertThat(Http.get(fake, SPACES).statusCode()).isEqualTo(200);
	}

	@Test
	void truncatesAFillerBodyWhenNoneIsGiven(FakeConfluence fake) throws Exception {
		fake.inject(Fault.on("GET", SPACES).status(200).truncateBody());
		HttpClient client = Http.newClient();
		HttpResponse<java.io.InputStream> response = client.send(Http.authorized(fake, SPACES).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long announced = response.headers().firstValueAsLong("Content-Length").orElseThrow();
		byte[] received = new byte[(int) announced];
		int read = 0;
		try (java.io.InputStream in = response.body()) {
			int n;
			while (read < received.length && (n = in.read(received, read, received.length - read)) >= 0) {
				read += n;
			}
		}
		catch (IOException expected) {
			// The connection closes early: exactly what the fault is for.
		}

		assertThat(announced).isGreaterThan(100);
		assertThat(read).isEqualTo((int) announced / 2);
		assertThat(new String(received, 0, read, StandardCharsets.UTF_8)).startsWith("{\"results\":");
	}

	@Test
	void resetsTheConnectionWithoutAResponse(FakeConfluence fake) {
		// A POST, because the JDK client silently retries an idempotent GET once on a
		// dropped connection.
		fake.inject(Fault.on("POST", "/wiki/rest/api/space").resetConnection());
		HttpClient client = Http.newClient();
		HttpRequest create = Http.authorized(fake, "/wiki/rest/api/space")
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"key\":\"RST\",\"name\":\"R\"}"))
			.build();

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> client.send(create, HttpResponse.BodyHandlers.ofString()));
		assertThat(fake.requests("POST", "/wiki/rest/api/space")).hasSize(1);
		assertThat(fake.space("RST")).isEmpty();
		assertThat(Http.send(create).statusCode()).isEqualTo(200);
		assertThat(fake.space("RST")).isPresent();
		fake.clearSpaces();
		fake.seedSpaces(3);
	}

	@Test
	void resetsEveryAttemptOfAGet(FakeConfluence fake) {
		fake.inject(Fault.on("GET", SPACES).resetConnection().times(Fault.ALWAYS));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> Http.newClient()
			.send(Http.authorized(fake, SPACES).build(), HttpResponse.BodyHandlers.ofString()));
		assertThat(fake.requests("GET", SPACES)).isNotEmpty();
	}

	@Test
	void isImmutable() {
		Fault base = Fault.on("GET", SPACES);
		Fault changed = base.status(503).times(3).header("A", "b");

		assertThat(changed).isNotSameAs(base);
		assertThat(base.status()).isEqualTo(500);
		assertThat(base.times()).isEqualTo(1);
		assertThat(base.headers()).isEmpty();
		assertThat(changed.status()).isEqualTo(503);
		assertThat(changed.times()).isEqualTo(3);
	}

}
