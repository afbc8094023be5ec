package io.github.springconfluence.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeConfluenceExtensionTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().pathPrefix("/ex/confluence/ext").spaces(2));

	@Test
	@Order(1)
	void startsBeforeAllAndResolvesTheFake(FakeConfluence fake) {
		assertThat(fake).isSameAs(confluence.fake());
		assertThat(fake.isRunning()).isTrue();
		assertThat(confluence.baseUrl()).isEqualTo(fake.baseUrl()).endsWith("/ex/confluence/ext");
		assertThat(Http.get(fake, "/wiki/api/v2/spaces").statusCode()).isEqualTo(200);

		// Left behind on purpose: the next test must not see any of it.
		fake.inject(Fault.on("*", "*").status(500).times(Fault.ALWAYS));
		fake.v1SpaceListGone(true);
		fake.addSpace("KEPT", "Kept");
	}

	@Test
	@Order(2)
	void resetsBeforeEachTestButKeepsSpaces(FakeConfluence fake) {
		assertThat(fake.requests()).isEmpty();
		assertThat(Http.get(fake, "/wiki/rest/api/space").statusCode()).isEqualTo(200);
		assertThat(fake.requests()).hasSize(1);
		assertThat(fake.space("KEPT")).isPresent();
	}

	@Test
	void stopsOnlyInTheContainerThatStartedIt() {
		FakeConfluenceExtension extension = new FakeConfluenceExtension();
		ExtensionContext outer = mock(ExtensionContext.class);
		ExtensionContext nested = mock(ExtensionContext.class);
		given(outer.getUniqueId()).willReturn("[class:Outer]");
		given(nested.getUniqueId()).willReturn("[class:Outer]/[nested-class:Inner]");

		extension.beforeAll(outer);
		extension.beforeAll(nested);
		extension.afterAll(nested);
		assertThat(extension.fake().isRunning()).isTrue();
		extension.afterAll(outer);
		assertThat(extension.fake().isRunning()).isFalse();
	}

	@Nested
	class WhenNested {

		@Test
		void sharesTheRunningFake(FakeConfluence fake) {
			assertThat(fake).isSameAs(confluence.fake());
			assertThat(fake.isRunning()).isTrue();
			assertThat(Http.get(fake, "/wiki/rest/api/user/current").statusCode()).isEqualTo(200);
		}

	}

}
