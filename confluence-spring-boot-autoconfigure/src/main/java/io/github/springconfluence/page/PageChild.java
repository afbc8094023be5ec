package io.github.springconfluence.page;

import org.jspecify.annotations.Nullable;

/**
 * An item of a page's tree: a direct child or a descendant. Besides pages, Confluence
 * lists whiteboards, databases, embeds and folders.
 *
 * @param id the content id
 * @param type {@code page}, {@code whiteboard}, {@code database}, {@code embed},
 * {@code folder}, or a type Confluence adds later
 * @param title the title
 * @param status the status, such as {@code current}
 * @param spaceId the space id, when Confluence sends it (direct children)
 * @param position the position among its siblings, if known
 * @param depth for descendants, the depth below the page the listing started at (1 for a
 * child); {@code null} for direct children
 * @param parentId for descendants, the id of the parent; {@code null} for direct children
 */
public record PageChild(String id, String type, @Nullable String title, @Nullable String status,
		@Nullable String spaceId, @Nullable Integer position, @Nullable Integer depth, @Nullable String parentId) {
}
