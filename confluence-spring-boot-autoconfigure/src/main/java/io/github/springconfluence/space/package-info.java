/**
 * Confluence spaces: {@link io.github.springconfluence.space.ConfluenceSpaceService} and
 * the records it reads and writes.
 */
@NullMarked
package io.github.springconfluence.space;

import org.jspecify.annotations.NullMarked;
