/**
 * A fake Confluence Cloud REST API on 127.0.0.1 for tests and demos.
 *
 * <p>{@link io.github.springconfluence.test.FakeConfluence} is the server itself and needs only the
 * JDK and Jackson. {@link io.github.springconfluence.test.FakeConfluenceExtension} (JUnit 5+) and
 * {@link io.github.springconfluence.test.WithFakeConfluence} (Spring TestContext) are thin adapters
 * whose libraries are optional dependencies of this module.
 */
@NullMarked
package io.github.springconfluence.test;

import org.jspecify.annotations.NullMarked;
