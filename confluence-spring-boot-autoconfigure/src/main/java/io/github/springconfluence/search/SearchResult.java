package io.github.springconfluence.search;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One result of a CQL search.
 *
 * @param type what was found: {@code page}, {@code blogpost}, {@code attachment},
 * {@code comment}, {@code space}, {@code user}, or a type Confluence adds later
 * @param contentId the content id for content results, or {@code null} (spaces, users)
 * @param title the title, without Confluence's highlight markers
 * @param spaceKey the key of the space the result is in, if known
 * @param excerpt the excerpt, without highlight markers, if any
 * @param lastModified when it was last modified, if known
 * @param webUrl the absolute URL in Confluence's web UI, if known
 */
public record SearchResult(String type, @Nullable String contentId, String title, @Nullable String spaceKey,
		@Nullable String excerpt, @Nullable Instant lastModified, @Nullable URI webUrl) {
}
