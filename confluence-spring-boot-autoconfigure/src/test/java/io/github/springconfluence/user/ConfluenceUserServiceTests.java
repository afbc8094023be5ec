package io.github.springconfluence.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfluenceUserService} over real HTTP against FakeConfluence's
 * {@code users-bulk}: 250 ids per request, each id asked for once (misses too), the order
 * kept, request validation on.
 */
class ConfluenceUserServiceTests {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void looksUpInBulkOfAtMost250AndAsksForEachAccountOnce() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			String id = "557058:user-" + i;
			ids.add(id);
			if (i % 3 != 0) {
				fake.addUser(id, "User " + i);
			}
		}
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceUserService.class, (users) -> {
			fake.clearRequests();
			Map<String, String> names = users.displayNames(ids);

			assertThat(names).hasSize(400);
			assertThat(names.keySet()).first().isEqualTo("557058:user-1");
			assertThat(names).containsEntry("557058:user-599", "User 599").doesNotContainKey("557058:user-0");
			List<RecordedRequest> lookups = fake.requests("POST", "/wiki/api/v2/users-bulk");
			assertThat(lookups).hasSize(3);
			assertThat(new String(lookups.get(0).body())).startsWith("{\"accountIds\":[\"557058:user-0\",");

			// Known and unknown ids alike come from the cache now.
			assertThat(users.displayNames(List.of("557058:user-0", "557058:user-2", " ", "557058:user-2")))
				.containsExactly(Map.entry("557058:user-2", "User 2"));
			assertThat(fake.requests("POST", "/wiki/api/v2/users-bulk")).hasSize(3);
			assertThat(users.displayNames(List.of(fake.accountId(), FakeConfluence.OTHER_EDITOR_ACCOUNT_ID)))
				.containsExactly(Map.entry(fake.accountId(), fake.displayName()),
						Map.entry(FakeConfluence.OTHER_EDITOR_ACCOUNT_ID, "Someone Else"));
			assertThat(fake.requests("POST", "/wiki/api/v2/users-bulk")).hasSize(4);
			assertThat(users.displayNames(List.of())).isEmpty();
			assertThat(fake.requests()).hasSize(4);
		});
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Test
	void anAccountThatMayNotViewUserProfilesGetsNoNamesAndNoError() {
		fake.addUser("557058:hidden", "Hidden");
		fake.inject(Fault.on("POST", "/wiki/api/v2/users-bulk")
			.status(404)
			.body("application/json",
					"{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"title\":\"Not Found\"}]}"));
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceUserService.class, (users) -> {
			fake.clearRequests();
			assertThat(users.displayNames(List.of("557058:hidden"))).isEmpty();
			// Asked once: the miss is remembered.
			assertThat(users.displayNames(List.of("557058:hidden"))).isEmpty();
			assertThat(fake.requests("POST", "/wiki/api/v2/users-bulk")).hasSize(1);
		});
	}

	@Test
	void aPagedAnswerLeavesTheMissingUsersToBeAskedForAgain() {
		fake.addUser("557058:first", "First");
		fake.addUser("557058:second", "Second");
		fake.inject(Fault.on("POST", "/wiki/api/v2/users-bulk")
			.status(200)
			.body("application/json", "{\"results\":[{\"accountId\":\"557058:first\",\"displayName\":\"First\"}],"
					+ "\"_links\":{\"next\":\"/wiki/api/v2/users-bulk?cursor=x\"}}"));
		TestContexts.withBean(TestContexts.runner(fake), fake, ConfluenceUserService.class, (users) -> {
			fake.clearRequests();
			assertThat(users.displayNames(List.of("557058:first", "557058:second")))
				.containsExactly(Map.entry("557058:first", "First"));
			assertThat(users.displayNames(List.of("557058:first", "557058:second")))
				.containsExactly(Map.entry("557058:first", "First"), Map.entry("557058:second", "Second"));
			assertThat(fake.requests("POST", "/wiki/api/v2/users-bulk")).hasSize(2);
			assertThat(new String(fake.requests("POST", "/wiki/api/v2/users-bulk").get(1).body()))
				.isEqualTo("{\"accountIds\":[\"557058:second\"]}");
		});
	}

}
