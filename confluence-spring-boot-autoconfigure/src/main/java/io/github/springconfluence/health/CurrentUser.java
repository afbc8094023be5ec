package io.github.springconfluence.health;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /wiki/rest/api/user/current}: {@code type} is {@code known} for
 * an authenticated account and {@code anonymous} otherwise.
 *
 * @param type {@code known} or {@code anonymous}
 * @param accountId the Atlassian account id, absent when anonymous
 * @param displayName the display name
 */
record CurrentUser(@Nullable String type, @Nullable String accountId, @Nullable String displayName) {

	boolean isKnown() {
		return "known".equals(this.type) && this.accountId != null && !this.accountId.isBlank();
	}

}
