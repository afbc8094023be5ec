package io.github.springconfluence.sample;

import io.github.springconfluence.ConfluenceServerException;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.WithFakeConfluence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The README's example of testing an application with {@code @WithFakeConfluence}: the
 * properties point at the fake, so the sample app is not in demo mode.
 */
@SpringBootTest
@WithFakeConfluence(spaces = 3)
class SampleApplicationWithFakeConfluenceTests {

	@Autowired
	FakeConfluence confluence;

	@Autowired
	ConfluenceSpaceService spaces;

	@BeforeEach
	void resetFake() {
		// The fake lives as long as the cached application context: clear faults and the
		// journal.
		this.confluence.reset();
	}

	@Test
	void readsTheSpacesOfTheFakeThroughTheProperties() {
		assertThat(this.spaces.spaces().count()).isEqualTo(this.confluence.spaceCount()).isGreaterThanOrEqualTo(3);
		assertThat(this.confluence.lastRequest().header("Authorization")).startsWith("Basic ");
	}

	@Test
	void retriesThroughAShortOutage() {
		this.confluence.addSpace("ENG", "Engineering");
		this.confluence.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(503).header("Retry-After", "0"));
		assertThat(this.spaces.findByKey("ENG")).isPresent();
		assertThat(this.confluence.requests("GET", "/wiki/api/v2/spaces")).hasSize(2);
	}

	@Test
	void reportsAnOutageThatLasts() {
		this.confluence
			.inject(Fault.on("GET", "/wiki/api/v2/spaces").times(Fault.ALWAYS).status(503).header("Retry-After", "0"));
		assertThatExceptionOfType(ConfluenceServerException.class).isThrownBy(() -> this.spaces.findByKey("ENG"))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(503));
		assertThat(this.confluence.requests("GET", "/wiki/api/v2/spaces")).hasSize(5);
	}

}
