package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The order of search results: the {@code ORDER BY} keys ({@code title},
 * {@code lastmodified}, {@code created}, {@code id}, {@code type}, {@code space}, each
 * ascending unless {@code DESC}), then, to make the order total and stable, the number of
 * {@link SearchEntity#number()} ascending and the type. Without {@code ORDER BY} that
 * tie-break is the whole order: by content id ascending (an attachment by the number in
 * its id, a space by its space id), where Confluence would order by relevance.
 * {@code title} ignores case first, then compares exactly.
 */
final class SearchOrder {

	private static final Comparator<SearchEntity> STABLE = Comparator.comparingLong(SearchEntity::number)
		.thenComparing(SearchEntity::type);

	private final List<Comparator<SearchEntity>> keys = new ArrayList<>();

	/**
	 * Adds a key.
	 * @throws CqlParseException for a field results cannot be ordered by
	 */
	void add(String field, boolean descending) {
		Comparator<SearchEntity> key = key(field.toLowerCase(Locale.ROOT));
		if (key == null) {
			throw new CqlParseException("Cannot order by " + field);
		}
		keys.add(descending ? key.reversed() : key);
	}

	private static @Nullable Comparator<SearchEntity> key(String field) {
		return switch (field) {
			case "title" -> Comparator.comparing((SearchEntity entity) -> entity.title().toLowerCase(Locale.ROOT))
				.thenComparing(SearchEntity::title);
			case "lastmodified" -> Comparator.comparing(SearchEntity::lastModified);
			case "created" -> Comparator.comparing(SearchEntity::created);
			case "id" -> Comparator.comparingLong(SearchEntity::number);
			case "type" -> Comparator.comparing(SearchEntity::type);
			case "space" -> Comparator.comparing(SearchEntity::spaceKey);
			default -> null;
		};
	}

	Comparator<SearchEntity> comparator() {
		Comparator<SearchEntity> order = (a, b) -> 0;
		for (Comparator<SearchEntity> key : keys) {
			order = order.thenComparing(key);
		}
		return order.thenComparing(STABLE);
	}

}
