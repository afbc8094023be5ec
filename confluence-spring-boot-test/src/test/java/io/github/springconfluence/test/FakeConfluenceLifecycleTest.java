package io.github.springconfluence.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FakeConfluenceLifecycleTest {

	@Test
	void isNotStartedUntilStartIsCalledAndStartIsIdempotent() {
		try (FakeConfluence fake = new FakeConfluence()) {
			assertThat(fake.isRunning()).isFalse();
			assertThatIllegalStateException().isThrownBy(fake::port);
			assertThatIllegalStateException().isThrownBy(fake::baseUrl);

			assertThat(fake.start()).isSameAs(fake);
			int port = fake.port();
			assertThat(fake.start().port()).isEqualTo(port);
			assertThat(fake.isRunning()).isTrue();
			assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
			assertThat(Http.get(fake, "/wiki/rest/api/user/current").statusCode()).isEqualTo(200);

			fake.stop();
			assertThat(fake.isRunning()).isFalse();
			fake.stop();
			fake.start();
			assertThat(Http.get(fake, "/wiki/rest/api/user/current").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void closeStopsServing() {
		FakeConfluence fake = new FakeConfluence().start();
		String baseUrl = fake.baseUrl();
		fake.close();
		assertThat(fake.isRunning()).isFalse();
		try (FakeConfluence other = new FakeConfluence()) {
			assertThat(other.email()).isEqualTo(FakeConfluence.DEFAULT_EMAIL);
		}
		assertThat(baseUrl).startsWith("http://127.0.0.1:");
	}

	@Test
	void builderSetsCredentialsPrefixAndSeeds() {
		FakeConfluence fake = FakeConfluence.builder()
			.email("a@b.c")
			.apiToken("t")
			.accountId("acc-1")
			.displayName("Ann")
			.pathPrefix("ex/confluence/cloud-123/")
			.space(FakeSpace.of("ALPHA", "Alpha").withLabels("docs"))
			.spaces(2)
			.build();
		try (fake) {
			assertThat(fake.isRunning()).isFalse();
			assertThat(fake.email()).isEqualTo("a@b.c");
			assertThat(fake.apiToken()).isEqualTo("t");
			assertThat(fake.accountId()).isEqualTo("acc-1");
			assertThat(fake.displayName()).isEqualTo("Ann");
			List<FakeSpace> spaces = fake.spaces();
			assertThat(spaces).extracting(FakeSpace::key).containsExactly("ALPHA", "SPACE1", "SPACE2");
			assertThat(spaces).extracting(FakeSpace::name).containsExactly("Alpha", "Space 1", "Space 2");
			assertThat(spaces).extracting(FakeSpace::authorId).containsOnly("acc-1");
			assertThat(spaces).allSatisfy(space -> {
				assertThat(space.id()).isPositive();
				assertThat(space.homepageId()).isPositive();
			});
			assertThat(spaces.get(0).id()).isLessThan(spaces.get(1).id());
			assertThat(spaces.get(0).labels()).containsExactly("docs");

			fake.start();
			assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + fake.port() + "/ex/confluence/cloud-123");
		}
	}

	@Test
	void seedingContinuesNumberingAndClearingRestartsIt() {
		FakeConfluence fake = new FakeConfluence();
		fake.seedSpaces(2);
		fake.addSpace("SPACE3", "Taken");
		fake.seedSpaces(2);
		assertThat(fake.spaces()).extracting(FakeSpace::key)
			.containsExactly("SPACE1", "SPACE2", "SPACE3", "SPACE4", "SPACE5");
		assertThat(fake.spaceCount()).isEqualTo(5);

		fake.clearSpaces();
		assertThat(fake.spaceCount()).isZero();
		fake.seedSpaces(1);
		assertThat(fake.space("SPACE1")).isPresent();
	}

	@Test
	void addSpaceAssignsIdsAndRejectsDuplicates() {
		FakeConfluence fake = new FakeConfluence();
		FakeSpace first = fake.addSpace("ONE", "One");
		FakeSpace explicit = fake.addSpace(FakeSpace.of("TWO", "Two").withId(5_000_000).withDescription("d"));
		FakeSpace next = fake.addSpace("THREE", "Three");

		assertThat(first.id()).isPositive();
		assertThat(first.authorId()).isEqualTo(FakeConfluence.DEFAULT_ACCOUNT_ID);
		assertThat(explicit.id()).isEqualTo(5_000_000);
		assertThat(next.id()).isGreaterThan(5_000_000);
		assertThat(fake.space("TWO")).contains(explicit);
		assertThatIllegalArgumentException().isThrownBy(() -> fake.addSpace("ONE", "Again"));
		assertThatIllegalArgumentException().isThrownBy(() -> fake.addSpace(FakeSpace.of("X", "X").withId(first.id())));
	}

	@Test
	void resetClearsFaultsJournalAndModesButKeepsSpaces() {
		try (FakeConfluence fake = FakeConfluence.builder().anonymousAccess(true).spaces(1).start()) {
			fake.anonymousAccess(false);
			fake.v1SpaceListGone(true);
			fake.inject(Fault.on("*", "*").status(503).times(Fault.ALWAYS));
			assertThat(Http.get(fake, "/wiki/api/v2/spaces").statusCode()).isEqualTo(503);

			fake.reset();

			assertThat(fake.requests()).isEmpty();
			assertThat(fake.spaceCount()).isEqualTo(1);
			assertThat(Http.get(fake, "/wiki/rest/api/space").statusCode()).isEqualTo(200);
			// Anonymous access is back to the builder's value.
			assertThat(Http.send(Http.anonymous(fake, "/wiki/api/v2/spaces").build()).statusCode()).isEqualTo(200);
		}
	}

}
