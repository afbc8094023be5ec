package io.github.springconfluence.transport;

import java.util.List;

import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Authorization header, byte for byte, on the very first request and on every method,
 * and nothing else the library would add by itself: no cookie sent back.
 */
class AuthenticationOnEachLibraryTests extends OnEachHttpLibrary {

	@Test
	void sendsUtf8BasicCredentialsPreemptivelyOnEveryMethod() {
		withConfluence((confluence) -> {
			// the very first request
			assertThat(confluence.spaces().findByKey("NOPE")).isEmpty();
			confluence.spaces().create(new NewSpace("NEW", "New space", "Déjà vu"));
			confluence.spaces().update("NEW", new SpaceUpdate("Renamed", null));
			confluence.spaces().delete("NEW");
		});
		List<RecordedRequest> requests = this.fake.requests();
		// Creates and updates read the space back through v2.
		assertThat(requests).extracting(RecordedRequest::method)
			.containsExactly("GET", "POST", "GET", "PUT", "GET", "DELETE");
		assertThat(requests).allSatisfy((request) -> assertThat(request.headers().get("Authorization"))
			.containsExactly("Basic " + CREDENTIALS));
		assertThat(requests.get(1).bodyAsString()).contains("Déjà vu");
	}

	@Test
	void neverSendsBackACookieThatConfluenceSet() {
		this.fake.inject(Fault.on("GET", SPACES)
			.status(200)
			.header("Set-Cookie", "cloud.session.token=s3cr3t; Path=/")
			.body("application/json", "{\"results\":[],\"_links\":{}}"));
		withConfluence((confluence) -> {
			confluence.client().get().uri(SPACES).retrieve().toBodilessEntity();
			confluence.client().get().uri(SPACES).retrieve().toBodilessEntity();
			confluence.client().get().uri("/wiki/rest/api/space").retrieve().toBodilessEntity();
		});
		assertThat(this.fake.requests()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.headers()).doesNotContainKey("Cookie"));
	}

}
