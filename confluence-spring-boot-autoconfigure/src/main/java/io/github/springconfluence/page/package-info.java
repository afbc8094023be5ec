/**
 * Confluence pages: {@link io.github.springconfluence.page.ConfluencePageService} (read,
 * list, create, update, edit without lost updates, idempotent publishing, the tree,
 * versions and labels) and the records it reads and writes.
 */
@NullMarked
package io.github.springconfluence.page;

import org.jspecify.annotations.NullMarked;
