package io.github.springconfluence.test;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Turns {@link WithFakeConfluence} into a context customizer. Registered in
 * {@code META-INF/spring.factories}, so Spring's TestContext framework applies it to
 * every test class.
 */
public final class FakeConfluenceContextCustomizerFactory implements ContextCustomizerFactory {

	/**
	 * Creates the factory (Spring does, through {@code spring.factories}).
	 */
	public FakeConfluenceContextCustomizerFactory() {
	}

	/**
	 * Returns a customizer when the test class (or an enclosing class, for
	 * {@code @Nested} tests) carries {@link WithFakeConfluence}.
	 * @param testClass the test class
	 * @param configAttributes the context configuration attributes (unused)
	 * @return the customizer, or {@code null} when the annotation is absent
	 */
	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		WithFakeConfluence annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				WithFakeConfluence.class);
		if (annotation == null) {
			return null;
		}
		return new FakeConfluenceContextCustomizer(annotation.anonymousAccess(), annotation.pathPrefix(),
				annotation.spaces(), annotation.validateRequests());
	}

}
