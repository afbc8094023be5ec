/**
 * Confluence search: {@link io.github.springconfluence.search.ConfluenceSearchService}
 * and {@link io.github.springconfluence.search.Cql}, a builder of Confluence Query
 * Language that keeps user input inside quoted values.
 */
@NullMarked
package io.github.springconfluence.search;

import org.jspecify.annotations.NullMarked;
