package io.github.springconfluence.test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

@SpringJUnitConfig(WithFakeConfluenceTest.Config.class)
@WithFakeConfluence(spaces = 3, pathPrefix = "/ex/confluence/cloud-42")
class WithFakeConfluenceTest {

	@Autowired
	FakeConfluence fake;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@Test
	void pointsTheConfluencePropertiesAtARunningFake() {
		assertThat(fake.isRunning()).isTrue();
		assertThat(fake.spaceCount()).isEqualTo(3);
		assertThat(environment.getProperty("confluence.base-url")).isEqualTo(fake.baseUrl())
			.endsWith("/ex/confluence/cloud-42");
		assertThat(environment.getProperty("confluence.email")).isEqualTo(FakeConfluence.DEFAULT_EMAIL);
		assertThat(environment.getProperty("confluence.api-token")).isEqualTo(FakeConfluence.DEFAULT_API_TOKEN);
		assertThat(((ConfigurableEnvironment) environment).getPropertySources().iterator().next().getName())
			.isEqualTo("fakeConfluence");
		assertThat(context.getBean("fakeConfluence")).isSameAs(fake);
	}

	@Test
	void servesTheSpacesWithTheConfiguredCredentials() {
		String baseUrl = environment.getRequiredProperty("confluence.base-url");
		HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/wiki/api/v2/spaces"))
			.header("Authorization",
					Http.basic(environment.getRequiredProperty("confluence.email"),
							environment.getRequiredProperty("confluence.api-token"), StandardCharsets.UTF_8))
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.json(response).path("results")).hasSize(3);
	}

	@Test
	void customizersAreEqualForEqualAttributesSoContextsAreCached() {
		FakeConfluenceContextCustomizerFactory factory = new FakeConfluenceContextCustomizerFactory();
		ContextCustomizer mine = factory.createContextCustomizer(WithFakeConfluenceTest.class, List.of());
		ContextCustomizer same = factory.createContextCustomizer(SameAttributes.class, List.of());
		ContextCustomizer other = factory.createContextCustomizer(OtherAttributes.class, List.of());

		assertThat(mine).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
		assertThat(factory.createContextCustomizer(Config.class, List.of())).isNull();
	}

	@Test
	void stopsTheFakeWhenTheContextCloses() {
		ContextCustomizer customizer = new FakeConfluenceContextCustomizerFactory()
			.createContextCustomizer(OtherAttributes.class, List.of());
		FakeConfluence started;
		try (GenericApplicationContext other = new GenericApplicationContext()) {
			customizer.customizeContext(other, mock(MergedContextConfiguration.class));
			other.refresh();
			started = other.getBean(FakeConfluence.class);
			assertThat(started.isRunning()).isTrue();
			assertThat(started.isAnonymousAccess()).isTrue();
			assertThat(other.getEnvironment().getProperty("confluence.base-url")).isEqualTo(started.baseUrl());
		}
		assertThat(started.isRunning()).isFalse();
	}

	@Nested
	class WhenNested {

		@Autowired
		FakeConfluence nestedFake;

		@Test
		void findsTheAnnotationOnTheEnclosingClass() {
			assertThat(nestedFake).isSameAs(fake);
			assertThat(nestedFake.isRunning()).isTrue();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

	@WithFakeConfluence(spaces = 3, pathPrefix = "/ex/confluence/cloud-42")
	static class SameAttributes {

	}

	@WithFakeConfluence(anonymousAccess = true)
	static class OtherAttributes {

	}

}
