package io.github.springconfluence.test;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link FakeConfluence} for the tests of a class.
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static final FakeConfluenceExtension confluence = new FakeConfluenceExtension();
 * }</pre>
 *
 * <p>
 * The fake starts before all tests and stops after all tests of the class that registered
 * it ({@code @Nested} classes share it); {@link FakeConfluence#reset()} runs before each
 * test, so faults, the journal and modes do not leak between tests while spaces stay.
 * Test and lifecycle methods can declare a {@link FakeConfluence} parameter.
 *
 * <p>
 * This extension knows nothing of Spring: in a Spring test it only runs the fake. It sets
 * no {@code confluence.*} property (use {@code @DynamicPropertySource} with
 * {@link #baseUrl()}, {@link FakeConfluence#email()} and
 * {@link FakeConfluence#apiToken()}), registers no bean, and does not touch a
 * {@code ConfluenceConnectionDetails} bean the application declares, which then still
 * points at the real site. For Spring tests prefer {@link WithFakeConfluence}, which does
 * all three.
 *
 * <p>
 * Registered on an instance field instead, the extension gets no before-all callback: the
 * fake is then started before the first test of each test instance and stopped when that
 * test ends.
 */
public final class FakeConfluenceExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(FakeConfluenceExtension.class);

	private final FakeConfluence fake;

	// The container that started the fake; nested classes run their own before/after-all
	// callbacks and
	// must not stop a fake the enclosing class still needs.
	private @Nullable String owner;

	/**
	 * Creates an extension for a fake with every default.
	 */
	public FakeConfluenceExtension() {
		this(FakeConfluence.builder());
	}

	/**
	 * Creates an extension for a configured fake.
	 * @param builder the fake's configuration
	 */
	public FakeConfluenceExtension(FakeConfluence.Builder builder) {
		this.fake = Objects.requireNonNull(builder, "builder").build();
	}

	/**
	 * Returns the fake.
	 * @return the fake, running while tests run
	 */
	public FakeConfluence fake() {
		return fake;
	}

	/**
	 * Returns the fake's base URL, the value for {@code confluence.base-url}.
	 * @return the base URL
	 * @throws IllegalStateException when the fake is not running
	 */
	public String baseUrl() {
		return fake.baseUrl();
	}

	/**
	 * Starts the fake unless it is already running.
	 * @param context the container's context
	 */
	@Override
	public synchronized void beforeAll(ExtensionContext context) {
		if (!fake.isRunning()) {
			fake.start();
			owner = context.getUniqueId();
		}
	}

	/**
	 * Stops the fake when the container that started it is done.
	 * @param context the container's context
	 */
	@Override
	public synchronized void afterAll(ExtensionContext context) {
		if (context.getUniqueId().equals(owner)) {
			fake.stop();
			owner = null;
		}
	}

	/**
	 * Resets the fake (and starts it if the extension was registered on an instance
	 * field, where before-all callbacks do not run).
	 * @param context the test's context
	 */
	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (!fake.isRunning()) {
			fake.start();
			// JUnit closes AutoCloseable store values when the test's context ends, so a
			// fake started
			// for one test instance is stopped after that test.
			context.getStore(NAMESPACE).put(FakeConfluence.class, (AutoCloseable) fake::stop);
		}
		fake.reset();
	}

	/**
	 * Supports parameters of type {@link FakeConfluence}.
	 * @param parameterContext the parameter
	 * @param extensionContext the context
	 * @return whether the parameter is a {@link FakeConfluence}
	 */
	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == FakeConfluence.class;
	}

	/**
	 * Resolves the fake.
	 * @param parameterContext the parameter
	 * @param extensionContext the context
	 * @return the fake
	 */
	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return fake;
	}

}
