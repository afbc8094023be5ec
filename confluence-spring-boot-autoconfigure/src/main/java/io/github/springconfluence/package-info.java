/**
 * The Confluence starter's exception hierarchy, rooted at
 * {@link io.github.springconfluence.ConfluenceException}.
 */
@NullMarked
package io.github.springconfluence;

import org.jspecify.annotations.NullMarked;
