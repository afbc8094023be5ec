package io.github.springconfluence.ai;

import io.github.springconfluence.search.Cql;

import org.springframework.util.Assert;

/**
 * The one CQL clause that {@link Cql}'s builder has no method for: {@code id = 123}. It
 * is written here from an id checked to hold nothing but digits, so no value can change
 * the query's structure. To be replaced by a {@code Cql.id()} field if the search package
 * gains one.
 */
final class CqlIds {

	private CqlIds() {
	}

	/**
	 * Matches the content with an id: {@code id = 123}.
	 * @param id a numeric content id
	 * @return the clause
	 * @throws IllegalArgumentException if the id is not a number
	 */
	static Cql id(String id) {
		Assert.isTrue(
				id != null && !id.isEmpty() && id.length() <= 19 && id.chars().allMatch((c) -> c >= '0' && c <= '9'),
				() -> "A page id is numeric, not '" + id + "'");
		return Cql.raw("id = " + id);
	}

}
