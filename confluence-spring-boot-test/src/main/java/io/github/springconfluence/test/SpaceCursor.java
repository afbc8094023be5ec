package io.github.springconfluence.test;

import org.jspecify.annotations.Nullable;

/**
 * The opaque v2 paging cursor: the sort it belongs to and the position (sort value and
 * id) of the last space of the previous page, made opaque by {@link CursorPager}.
 * Remembering a position rather than an offset keeps paging stable while spaces are added
 * or removed, like a keyset cursor.
 */
record SpaceCursor(String sortToken, long lastId, String lastValue) {

	static SpaceCursor after(FakeSpace space, SpaceSort sort) {
		return new SpaceCursor(sort.token(), space.id(), sort.valueOf(space));
	}

	String position() {
		return sortToken + "\n" + lastId + "\n" + lastValue;
	}

	/**
	 * Decodes a cursor made for {@code sort}; null when it is malformed or was made for
	 * another sort.
	 */
	static @Nullable SpaceCursor decode(String text, SpaceSort sort) {
		String plain = CursorPager.decode(text);
		if (plain == null) {
			return null;
		}
		try {
			String[] parts = plain.split("\n", 3);
			if (parts.length != 3 || !parts[0].equals(sort.token())) {
				return null;
			}
			return new SpaceCursor(parts[0], Long.parseLong(parts[1]), parts[2]);
		}
		catch (IllegalArgumentException ex) {
			// A non-numeric id.
			return null;
		}
	}
}
