package io.github.springconfluence.space;

import org.jspecify.annotations.Nullable;

/**
 * A long-running task that Confluence started, such as deleting a space. Its progress is
 * at {@code GET /wiki/rest/api/longtask/{id}}.
 *
 * @param id the task id
 * @param statusPath the site-relative path of the task's status resource, if Confluence
 * sent it
 */
public record LongTask(String id, @Nullable String statusPath) {
}
