package io.github.springconfluence.test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's users by account id, for {@code POST /wiki/api/v2/users-bulk}: the
 * authenticated user, the fake's "someone else" editor, and whoever a test adds.
 */
final class UserDirectory {

	private final Map<String, String> displayNames = new ConcurrentHashMap<>();

	void put(String accountId, String displayName) {
		this.displayNames.put(accountId, displayName);
	}

	Optional<String> displayName(String accountId) {
		return Optional.ofNullable(this.displayNames.get(accountId));
	}

}
