package io.github.springconfluence.test;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The condition of a parsed CQL query (everything before {@code ORDER BY}), evaluated
 * against one {@link SearchEntity} at a time. Negative operators are a {@link Not} around
 * the positive clause: CQL's {@code field != value} is documented as
 * {@code NOT field = value}, and so are {@code not in} and {@code !~}.
 */
sealed interface CqlCondition {

	boolean matches(SearchEntity entity);

	/** {@code a AND b AND ...}. */
	record All(List<CqlCondition> operands) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return operands.stream().allMatch(operand -> operand.matches(entity));
		}

	}

	/** {@code a OR b OR ...}. */
	record Any(List<CqlCondition> operands) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return operands.stream().anyMatch(operand -> operand.matches(entity));
		}

	}

	/** {@code NOT a}. */
	record Not(CqlCondition operand) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return !operand.matches(entity);
		}

	}

	/**
	 * {@code field = value} or {@code field in (...)}: one of the entity's values (a
	 * label field has several, a parent field none or one) is one of the given ones.
	 */
	record OneOf<T>(Function<SearchEntity, Collection<T>> valuesOf, Set<T> values) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return valuesOf.apply(entity).stream().anyMatch(values::contains);
		}

	}

	/**
	 * {@code field ~ "..."}: the field's text holds the phrase (see {@link SearchText}).
	 */
	record Contains(Function<SearchEntity, String> textOf, String phrase) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return SearchText.contains(textOf.apply(entity), phrase);
		}

	}

	/** {@code created > "2024-05-01"} and the other date comparisons. */
	record Dated(Function<SearchEntity, Instant> instantOf, String operator, CqlDate date) implements CqlCondition {

		@Override
		public boolean matches(SearchEntity entity) {
			return date.matches(operator, instantOf.apply(entity));
		}

	}

}
