package io.github.springconfluence.page;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A version of a page.
 *
 * @param number the version number, from 1
 * @param message the version message, or {@code null} when none was given
 * @param minorEdit whether it was saved as a minor edit (no notifications)
 * @param authorId the account id of who saved it, if known
 * @param createdAt when it was saved, if known
 */
public record PageVersion(int number, @Nullable String message, boolean minorEdit, @Nullable String authorId,
		@Nullable Instant createdAt) {
}
