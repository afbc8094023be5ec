package io.github.springconfluence.transport;

import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * No redirect is followed by the library: one to another origin is handed back (and
 * refused by the starter) before anything reaches that origin; one on the same origin is
 * followed by the starter, which authenticates the hop again.
 */
class RedirectsOnEachLibraryTests extends OnEachHttpLibrary {

	/**
	 * Another origin (another port) that would accept anything, to see what reaches it.
	 */
	private FakeConfluence other;

	@BeforeEach
	void startOtherOrigin() {
		this.other = FakeConfluence.builder().anonymousAccess(true).space(FakeSpace.of("ENG", "Engineering")).start();
	}

	@AfterEach
	void stopOtherOrigin() {
		this.other.stop();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void redirectToAnotherOriginIsNotFollowed(int status) {
		this.fake.inject(
				Fault.on("GET", SPACES).status(status).header("Location", this.other.baseUrl() + SPACES + "?keys=ENG"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceRedirectException.class)
			.isThrownBy(() -> confluence.spaces().findByKey("ENG"))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(status)));
		assertThat(this.fake.requests()).hasSize(1);
		assertThat(this.other.requests()).isEmpty();
	}

	@Test
	void temporaryRedirectOfAPostToAnotherOriginIsNotFollowed() {
		this.fake.inject(Fault.on("POST", "/wiki/rest/api/space")
			.status(307)
			.header("Location", this.other.baseUrl() + "/wiki/rest/api/space"));
		withConfluence((confluence) -> assertThatExceptionOfType(ConfluenceRedirectException.class)
			.isThrownBy(() -> confluence.spaces().create(new NewSpace("NEW", "New", null))));
		assertThat(this.fake.requests()).hasSize(1);
		assertThat(this.other.requests()).isEmpty();
	}

	@Test
	void redirectOnTheSameOriginIsFollowedByTheStarterWithCredentials() {
		this.fake
			.inject(Fault.on("GET", "/wiki/api/v2/old-spaces").status(302).header("Location", SPACES + "?keys=ENG"));
		withConfluence((confluence) -> assertThat(
				confluence.client().get().uri("/wiki/api/v2/old-spaces").retrieve().body(String.class))
			.contains("\"key\":\"ENG\""));
		assertThat(this.fake.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.headers().get("Authorization"))
				.containsExactly("Basic " + CREDENTIALS));
		assertThat(this.fake.requests("GET", SPACES)).hasSize(1);
	}

}
