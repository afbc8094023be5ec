package io.github.springconfluence.space;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a space for {@link ConfluenceSpaceService#update(String, SpaceUpdate)}; a
 * {@code null} field stays as it is.
 *
 * @param name the new display name, or {@code null} to keep it
 * @param description the new plain-text description, or {@code null} to keep it
 */
public record SpaceUpdate(@Nullable String name, @Nullable String description) {
}
