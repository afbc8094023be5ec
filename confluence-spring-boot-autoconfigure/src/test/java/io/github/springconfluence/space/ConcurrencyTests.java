package io.github.springconfluence.space;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One service instance shared by 16 threads making several hundred mixed calls: every
 * call succeeds and every answer belongs to the call that asked.
 */
class ConcurrencyTests {

	private static final int THREADS = 16;

	private static final int ROUNDS = 8;

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder().spaces(300));

	@Test
	void sixteenThreadsOfMixedCallsSucceedWithoutCrossTalk() {
		FakeConfluence fake = confluence.fake();
		TestContexts.runner(fake).run((context) -> {
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			ExecutorService executor = Executors.newFixedThreadPool(THREADS);
			CountDownLatch start = new CountDownLatch(1);
			try {
				List<Future<Integer>> results = new ArrayList<>();
				for (int thread = 0; thread < THREADS; thread++) {
					int id = thread;
					results.add(executor.submit(worker(spaces, id, start)));
				}
				start.countDown();
				int calls = 0;
				for (Future<Integer> result : results) {
					calls += result.get(60, TimeUnit.SECONDS);
				}
				assertThat(calls).isEqualTo(THREADS * ROUNDS * 7);
				// Each full listing reads 2 pages; each create and update reads the space
				// back.
				assertThat(fake.requests()).hasSize(calls + 3 * THREADS * ROUNDS);
				assertThat(fake.requests())
					.allSatisfy((request) -> assertThat(request.header("Authorization")).isNotNull());
			}
			finally {
				executor.shutdownNow();
			}
			assertThat(fake.spaceCount()).isEqualTo(300);
		});
	}

	private static Callable<Integer> worker(ConfluenceSpaceService spaces, int thread, CountDownLatch start) {
		return () -> {
			start.await();
			int calls = 0;
			for (int round = 0; round < ROUNDS; round++) {
				String key = "T" + thread + "R" + round;
				Space created = spaces.create(new NewSpace(key, "Thread " + thread + " round " + round, "d" + thread));
				assertThat(created.key()).isEqualTo(key);
				Space found = spaces.findByKey(key).orElseThrow();
				assertThat(found.name()).isEqualTo("Thread " + thread + " round " + round);
				assertThat(found.description()).isEqualTo("d" + thread);
				assertThat(spaces.findById(found.id()).orElseThrow().key()).isEqualTo(key);
				assertThat(spaces.update(key, new SpaceUpdate("Renamed " + key, null)).name())
					.isEqualTo("Renamed " + key);
				String seeded = "SPACE" + (1 + (thread * ROUNDS + round) % 300);
				assertThat(spaces.findByKey(seeded).orElseThrow().key()).isEqualTo(seeded);
				assertThat(spaces.spaces().count()).isGreaterThanOrEqualTo(300);
				assertThat(spaces.delete(key).id()).isNotBlank();
				calls += 7;
			}
			return calls;
		};
	}

}
