package io.github.springconfluence.test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JournalTest {

	static final String PREFIX = "/ex/confluence/cloud-9";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix(PREFIX).spaces(2));

	@Test
	void recordsMethodPathsQueryHeadersAndBody(FakeConfluence fake) {
		Http.send(Http.authorized(fake, "/wiki/rest/api/space?expand=description.plain&note=a%20b%26c")
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"key\":\"JRN\",\"name\":\"Jörnal\"}"))
			.build());

		RecordedRequest request = fake.lastRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/wiki/rest/api/space");
		assertThat(request.rawPath()).isEqualTo(PREFIX + "/wiki/rest/api/space");
		assertThat(request.rawQuery()).isEqualTo("expand=description.plain&note=a%20b%26c");
		assertThat(request.queryParam("note")).isEqualTo("a b&c");
		assertThat(request.queryParam("expand")).isEqualTo("description.plain");
		assertThat(request.queryParam("absent")).isNull();
		assertThat(request.header("x-atlassian-token")).isEqualTo("no-check");
		assertThat(request.header("X-ATLASSIAN-TOKEN")).isEqualTo("no-check");
		assertThat(request.headers().get("content-type")).containsExactly("application/json");
		assertThat(request.header("Authorization")).isEqualTo(Http.basic(fake));
		assertThat(request.header("X-Absent")).isNull();
		assertThat(request.bodyAsString()).isEqualTo("{\"key\":\"JRN\",\"name\":\"Jörnal\"}");
		assertThat(request.remoteAddress().getAddress().isLoopbackAddress()).isTrue();
	}

	@Test
	void keepsArrivalOrderAndFiltersByMethodAndPath(FakeConfluence fake) {
		Http.get(fake, "/wiki/api/v2/spaces");
		Http.get(fake, "/wiki/rest/api/user/current");
		Http.get(fake, "/wiki/api/v2/spaces?limit=1");

		assertThat(fake.requests()).extracting(RecordedRequest::path)
			.containsExactly("/wiki/api/v2/spaces", "/wiki/rest/api/user/current", "/wiki/api/v2/spaces");
		assertThat(fake.requests("GET", "/wiki/api/v2/spaces")).extracting(RecordedRequest::rawQuery)
			.containsExactly(null, "limit=1");
		assertThat(fake.requests("POST", "/wiki/api/v2/spaces")).isEmpty();
		assertThat(fake.lastRequest().queryParam("limit")).isEqualTo("1");
		assertThat(fake.lastRequest().body()).isEmpty();

		fake.clearRequests();
		assertThat(fake.requests()).isEmpty();
		assertThatIllegalStateException().isThrownBy(fake::lastRequest);
	}

	@Test
	void readsLargeBodiesFully(FakeConfluence fake) {
		String description = "x".repeat(3_000_000);
		HttpResponse<String> response = Http.send(Http.authorized(fake, "/wiki/rest/api/space")
			.header("X-Atlassian-Token", "no-check")
			.header("Content-Type", "application/json")
			.POST(Http.json("{\"key\":\"BIG\",\"name\":\"Big\",\"description\":{\"plain\":{\"value\":\"" + description
					+ "\"}}}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(fake.lastRequest().body().length).isGreaterThan(3_000_000);
		assertThat(fake.space("BIG").orElseThrow().description()).hasSize(3_000_000);
		fake.space("BIG")
			.ifPresent(space -> Http.send(Http.authorized(fake, "/wiki/rest/api/space/BIG")
				.header("X-Atlassian-Token", "no-check")
				.DELETE()
				.build()));
	}

	@Test
	void countsDistinctConnections(FakeConfluence fake) {
		HttpClient first = Http.newClient();
		HttpClient second = Http.newClient();
		for (int i = 0; i < 4; i++) {
			send(first, fake);
		}
		assertThat(fake.connectionCount()).isEqualTo(1);

		send(second, fake);
		assertThat(fake.connectionCount()).isEqualTo(2);
		assertThat(fake.requests()).hasSize(5);

		fake.reset();
		assertThat(fake.connectionCount()).isZero();
	}

	@Test
	void serves16ConcurrentClients(FakeConfluence fake) throws Exception {
		int threads = 16;
		int perThread = 10;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch ready = new CountDownLatch(threads);
		try {
			List<Future<List<Integer>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					HttpClient client = Http.newClient();
					ready.countDown();
					ready.await();
					List<Integer> statuses = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						statuses.add(
								client
									.send(Http.authorized(fake, "/wiki/api/v2/spaces?limit=1&keys=T" + thread).build(),
											HttpResponse.BodyHandlers.ofString())
									.statusCode());
					}
					// Concurrent writes as well: every create must land.
					statuses.add(
							client
								.send(Http.authorized(fake, "/wiki/rest/api/space")
									.header("X-Atlassian-Token", "no-check")
									.header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers
										.ofString("{\"key\":\"C" + thread + "\",\"name\":\"C\"}"))
									.build(), HttpResponse.BodyHandlers.ofString())
								.statusCode());
					return statuses;
				}));
			}
			for (Future<List<Integer>> result : results) {
				assertThat(result.get()).hasSize(perThread + 1).containsOnly(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(fake.requests()).hasSize(threads * (perThread + 1));
		assertThat(fake.connectionCount()).isEqualTo(threads);
		for (int t = 0; t < threads; t++) {
			assertThat(fake.space("C" + t)).isPresent();
		}
		for (int t = 0; t < threads; t++) {
			Http.send(Http.authorized(fake, "/wiki/rest/api/space/C" + t)
				.header("X-Atlassian-Token", "no-check")
				.DELETE()
				.build());
		}
	}

	private static void send(HttpClient client, FakeConfluence fake) {
		try {
			assertThat(client
				.send(Http.authorized(fake, "/wiki/rest/api/user/current").build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
