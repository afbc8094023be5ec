package io.github.springconfluence.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The display names already looked up, misses included (so that an unknown account is
 * asked for once), bounded so that a long-running reader of a large site cannot grow it
 * without end: the least recently used entries go first.
 */
final class DisplayNameCache {

	private final Map<String, Optional<String>> entries;

	DisplayNameCache(int capacity) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The cached answer: empty when never looked up, an empty optional for a miss. */
	synchronized @Nullable Optional<String> get(String accountId) {
		return this.entries.get(accountId);
	}

	synchronized void put(String accountId, @Nullable String displayName) {
		this.entries.put(accountId, Optional.ofNullable(displayName));
	}

}
