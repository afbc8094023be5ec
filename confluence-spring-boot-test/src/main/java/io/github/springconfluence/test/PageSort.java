package io.github.springconfluence.test;

import java.util.Comparator;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The {@code sort} of {@code GET /wiki/api/v2/pages}: {@code id}, {@code title},
 * {@code created-date} or {@code modified-date}, each optionally prefixed with {@code -}
 * for descending order (default: id). Ties are broken by id, so that the order is total
 * and a cursor (the sort, the last page's sort value and id) resumes exactly after the
 * last page, as a keyset cursor does.
 */
final class PageSort {

	private final String token;

	private final boolean descending;

	private final Function<FakePage, String> value;

	private PageSort(String token, boolean descending, Function<FakePage, String> value) {
		this.token = token;
		this.descending = descending;
		this.value = value;
	}

	/** Parses the parameter; null when it is not a known sort. */
	static @Nullable PageSort parse(@Nullable String text) {
		String sort = (text == null || text.isEmpty()) ? "id" : text;
		boolean descending = sort.startsWith("-");
		Function<FakePage, String> value = switch (descending ? sort.substring(1) : sort) {
			case "id" -> page -> "";
			case "title" -> FakePage::title;
			// Zero-padded epoch nanoseconds compare as strings in time order.
			case "created-date" -> page -> String.format("%020d", nanos(page.createdAt()));
			case "modified-date" -> page -> String.format("%020d", nanos(page.versionCreatedAt()));
			default -> null;
		};
		return value == null ? null : new PageSort(sort, descending, value);
	}

	private static long nanos(java.time.Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	Comparator<FakePage> comparator() {
		Comparator<FakePage> ascending = Comparator.comparing(value).thenComparingLong(FakePage::id);
		return descending ? ascending.reversed() : ascending;
	}

	/** The cursor position after a page. */
	String positionAfter(FakePage page) {
		return token + "\n" + page.id() + "\n" + value.apply(page);
	}

	/**
	 * Whether a page comes after a cursor position; null when the position is not ours.
	 */
	@Nullable Boolean isAfter(FakePage page, String position) {
		String[] parts = position.split("\n", 3);
		if (parts.length != 3 || !parts[0].equals(token)) {
			return null;
		}
		long lastId;
		try {
			lastId = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		int byValue = value.apply(page).compareTo(parts[2]);
		int compared = byValue != 0 ? byValue : Long.compare(page.id(), lastId);
		return descending ? compared < 0 : compared > 0;
	}

}
