package io.github.springconfluence.page;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Confluence page, as the v2 API returns it.
 *
 * @param id the page id (numeric, as a string)
 * @param status {@code current}, {@code draft}, {@code archived}, {@code trashed}, or a
 * status Confluence adds later (a string, not an enum)
 * @param title the title, unique among the current pages of its space
 * @param spaceId the id of the space the page belongs to
 * @param parentId the id of the parent, or {@code null} at the top of the space
 * @param parentType the parent's type ({@code page}, {@code folder}, ...), or
 * {@code null}
 * @param authorId the account id of the creator, if known
 * @param ownerId the account id of the owner, if known
 * @param createdAt when the page was created, if known
 * @param version the current version: pass its number to
 * {@link ConfluencePageService#update(String, PageUpdate) update}
 * @param body the body in the format asked for, or {@code null} when none was asked for
 * or Confluence sent none
 * @param webUrl the absolute URL of the page in Confluence's web UI, if known
 */
public record Page(String id, String status, String title, @Nullable String spaceId, @Nullable String parentId,
		@Nullable String parentType, @Nullable String authorId, @Nullable String ownerId, @Nullable Instant createdAt,
		PageVersion version, @Nullable PageBody body, @Nullable URI webUrl) {
}
