package io.github.springconfluence.test;

import java.util.Map;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link FakeConfluence} for one application context, registers it as the bean
 * {@code fakeConfluence}, points the {@code confluence.*} properties and any
 * application-declared {@code ConfluenceConnectionDetails} bean
 * ({@link ConnectionDetailsOverride}) at it, and stops it on close.
 *
 * <p>
 * A record, so that equality (which Spring's context cache keys on) follows the
 * annotation's attributes: test classes asking for the same fake share a context.
 *
 * @param anonymousAccess whether anonymous access is allowed
 * @param pathPrefix the gateway-style path prefix
 * @param spaces how many generated spaces to seed
 * @param validateRequests whether requests are validated against Atlassian's OpenAPI
 * descriptions
 */
record FakeConfluenceContextCustomizer(boolean anonymousAccess, String pathPrefix, int spaces,
		boolean validateRequests) implements ContextCustomizer {

	static final String BEAN_NAME = "fakeConfluence";

	static final String PROPERTY_SOURCE_NAME = "fakeConfluence";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		FakeConfluence fake = FakeConfluence.builder()
			.anonymousAccess(anonymousAccess)
			.pathPrefix(pathPrefix)
			.spaces(spaces)
			.validateRequests(validateRequests)
			.start();
		context.getBeanFactory().registerSingleton(BEAN_NAME, fake);
		// Applications that declare their own ConfluenceConnectionDetails (credentials
		// from a vault) would
		// otherwise talk to their real site in tests: the properties below do not reach
		// such a bean.
		context.getBeanFactory().addBeanPostProcessor(new ConnectionDetailsOverride(fake));
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("confluence.base-url", fake.baseUrl(),
					"confluence.email", fake.email(), "confluence.api-token", fake.apiToken())));
		// Manually registered singletons are not destroyed with the context, so stop the
		// fake on close.
		// Events from child contexts reach this listener too: only this context's closing
		// counts.
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				fake.stop();
			}
		});
	}
}
