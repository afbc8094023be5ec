package io.github.springconfluence.test;

import java.util.Comparator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The v2 {@code sort} parameter: {@code id}, {@code key} or {@code name}, each optionally
 * prefixed with {@code -} for descending order. Ties are broken by id so that every order
 * is total and cursors are unambiguous.
 */
final class SpaceSort {

	/** The field spaces are sorted by. */
	enum Field {

		ID, KEY, NAME

	}

	private final Field field;

	private final boolean descending;

	private SpaceSort(Field field, boolean descending) {
		this.field = field;
		this.descending = descending;
	}

	/**
	 * Parses a sort parameter; null means the default (id); returns null when it is not a
	 * known sort.
	 */
	static @Nullable SpaceSort parse(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return new SpaceSort(Field.ID, false);
		}
		boolean descending = text.startsWith("-");
		String name = descending ? text.substring(1) : text;
		for (Field field : Field.values()) {
			if (field.name().toLowerCase(Locale.ROOT).equals(name)) {
				return new SpaceSort(field, descending);
			}
		}
		return null;
	}

	String token() {
		return (descending ? "-" : "") + field.name().toLowerCase(Locale.ROOT);
	}

	boolean isById() {
		return field == Field.ID;
	}

	boolean descending() {
		return descending;
	}

	/** The sort value a cursor has to remember besides the id (empty for id order). */
	String valueOf(FakeSpace space) {
		return switch (field) {
			case ID -> "";
			case KEY -> space.key();
			case NAME -> space.name();
		};
	}

	/** Compares two positions (sort value, id) in this order. */
	int compare(String value1, long id1, String value2, long id2) {
		int result = 0;
		if (field != Field.ID) {
			result = String.CASE_INSENSITIVE_ORDER.compare(value1, value2);
			if (result == 0) {
				result = value1.compareTo(value2);
			}
		}
		if (result == 0) {
			result = Long.compare(id1, id2);
		}
		return descending ? -result : result;
	}

	Comparator<FakeSpace> comparator() {
		return (a, b) -> compare(valueOf(a), a.id(), valueOf(b), b.id());
	}

	/** Whether {@code space} comes after the position a cursor points at. */
	boolean isAfter(FakeSpace space, SpaceCursor cursor) {
		return compare(valueOf(space), space.id(), cursor.lastValue(), cursor.lastId()) > 0;
	}

}
