/**
 * A fake Confluence Cloud REST API on 127.0.0.1 for tests and demos.
 *
 * <p>
 * {@link io.github.springconfluence.test.FakeConfluence} is the server itself and needs
 * only the JDK and Jackson.
 * {@link io.github.springconfluence.test.FakeConfluenceExtension} (JUnit 5+) and
 * {@link io.github.springconfluence.test.WithFakeConfluence} (Spring TestContext) are
 * thin adapters whose libraries are optional dependencies of this module.
 *
 * <p>
 * Inside, each endpoint class registers its routes in a {@code RouteTable}; content lives
 * in one {@code SiteModel} (spaces own pages, pages own attachments, children, labels,
 * properties, versions) built on a generic {@code EntityStore}; listings page through
 * {@code CursorPager} (v2) or {@code OffsetPager} (v1); CQL search reads queries with
 * {@code CqlLexer} and {@code CqlQuery} (fields in {@code CqlField}) and evaluates their
 * {@code CqlCondition} over {@code SearchEntity}s; requests are validated against
 * Atlassian's OpenAPI descriptions by {@code OpenApiRequestValidation}, whose allowed
 * deviations are in {@code KnownSpecDefects} and {@code RemovedEndpoints}.
 */
@NullMarked
package io.github.springconfluence.test;

import org.jspecify.annotations.NullMarked;
