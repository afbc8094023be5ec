package io.github.springconfluence.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link FakeConfluence} for a Spring test context and points the starter at it.
 *
 * <p>
 * Before the context refreshes, a fake is started and registered as the singleton bean
 * {@code fakeConfluence} (so tests can {@code @Autowired} it), and a highest-precedence
 * property source named {@code fakeConfluence} sets {@code confluence.base-url},
 * {@code confluence.email} and {@code confluence.api-token}. Beans the application
 * declares itself that implement
 * {@code io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails}
 * (credentials from a vault, say) are replaced, as they are created, by connection
 * details pointing at the fake, and an INFO line names each one; the application's bean
 * answers every other method. Such a bean must be injected through its interfaces (a bean
 * injected by its concrete class cannot be replaced, and the context then fails). The
 * fake stops when the context closes. Test classes with the same attributes share a
 * cached context, and so a fake: call {@link FakeConfluence#reset()} where a test needs a
 * clean journal.
 *
 * <pre>{@code
 * &#64;SpringBootTest

 * &#64;WithFakeConfluence(spaces = 3)
 * class MyTests {
 *
&#64;Autowired FakeConfluence confluence;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithFakeConfluence {

	/**
	 * Whether requests without valid credentials are served anonymously instead of
	 * getting a 401.
	 * @return whether anonymous access is allowed
	 */
	boolean anonymousAccess() default false;

	/**
	 * A gateway-style path prefix for every route, for example
	 * {@code /ex/confluence/cloud-123}.
	 * @return the prefix, empty for none
	 */
	String pathPrefix() default "";

	/**
	 * How many generated spaces ({@code SPACE1}, {@code SPACE2}, ...) the fake starts
	 * with.
	 * @return the number of spaces
	 */
	int spaces() default 0;

	/**
	 * Whether every request is validated against Atlassian's OpenAPI descriptions (see
	 * {@link FakeConfluence.Builder#validateRequests(boolean)}); turn it off for
	 * applications that call endpoints outside the descriptions.
	 * @return whether to validate requests
	 */
	boolean validateRequests() default true;

}
