package io.github.springconfluence.space;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Confluence space.
 * <p>
 * Spaces are read through the v2 API, writes included: a create or update is read back
 * through v2, so every field is filled the same way whichever method returned the space.
 *
 * @param id the space id (numeric, as a string)
 * @param key the space key, such as {@code ENG} or {@code ~557058...} for a personal
 * space
 * @param name the display name
 * @param type the type as Confluence names it: {@code global}, {@code personal},
 * {@code collaboration}, {@code knowledge_base}, ... Confluence adds types over time, so
 * this is a string, not an enum
 * @param status {@code current} or {@code archived}
 * @param description the plain-text description, or {@code null} when the space has none
 * @param homepageId the id of the space's home page, if known
 * @param authorId the account id of the creator, if known
 * @param createdAt when the space was created, if known
 * @param webUrl the absolute URL of the space in Confluence's web UI, if known
 */
public record Space(String id, String key, String name, String type, String status, @Nullable String description,
		@Nullable String homepageId, @Nullable String authorId, @Nullable Instant createdAt, @Nullable URI webUrl) {
}
