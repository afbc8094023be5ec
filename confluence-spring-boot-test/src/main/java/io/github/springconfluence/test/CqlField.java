package io.github.springconfluence.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The CQL fields the fake's search evaluates (names in any case), the operators each
 * takes, and how each compares (what each reads of an entity: see {@link SearchEntity}):
 * <ul>
 * <li>{@code type}, {@code space}, {@code label}: {@code = != in} and {@code not in};
 * types and labels ignore case (labels are stored lower-case), space keys do not;</li>
 * <li>{@code title}: the same, exact and case-sensitive, plus {@code ~} and {@code !~}
 * (see {@link SearchText});</li>
 * <li>{@code text}: {@code ~} and {@code !~} only, as in Confluence;</li>
 * <li>{@code id}, {@code parent}, {@code ancestor}, {@code container}: {@code = != in not
 * in} with numeric ids, quoted or not;</li>
 * <li>{@code created}, {@code lastmodified}: {@code = != > >= < <=} with a
 * {@link CqlDate}.</li>
 * </ul>
 * Any other field, an operator a field does not take, or a value of the wrong kind is a
 * {@link CqlParseException}, as Confluence refuses them. Fields Confluence has but the
 * fake does not evaluate ({@code creator}, {@code contributor}, {@code mention}, ...) are
 * refused too: script such answers with a {@link Fault}.
 */
enum CqlField {

	TYPE("type", Kind.KEYWORD), SPACE("space", Kind.EXACT), LABEL("label", Kind.KEYWORD), TITLE("title", Kind.TITLE),
	TEXT("text", Kind.TEXT), ID("id", Kind.ID), PARENT("parent", Kind.ID), ANCESTOR("ancestor", Kind.ID),
	CONTAINER("container", Kind.ID), CREATED("created", Kind.DATE), LASTMODIFIED("lastmodified", Kind.DATE);

	private static final Set<String> EQUALITY = Set.of("=", "!=", "in", "not in");

	private static final Set<String> CONTAINS = Set.of("~", "!~");

	private static final Set<String> RANGE = Set.of("=", "!=", ">", ">=", "<", "<=");

	private final String cqlName;

	private final Kind kind;

	CqlField(String cqlName, Kind kind) {
		this.cqlName = cqlName;
		this.kind = kind;
	}

	/** How a field compares. */
	private enum Kind {

		KEYWORD, EXACT, TITLE, TEXT, ID, DATE

	}

	/** The field of a name in any case; null when the fake does not know it. */
	static @Nullable CqlField of(String name) {
		for (CqlField field : values()) {
			if (field.cqlName.equalsIgnoreCase(name)) {
				return field;
			}
		}
		return null;
	}

	String cqlName() {
		return cqlName;
	}

	/** Whether the field takes an operator ({@code =}, {@code not in}, ...). */
	boolean takes(String operator) {
		return switch (kind) {
			case KEYWORD, EXACT, ID -> EQUALITY.contains(operator);
			case TITLE -> EQUALITY.contains(operator) || CONTAINS.contains(operator);
			case TEXT -> CONTAINS.contains(operator);
			case DATE -> RANGE.contains(operator);
		};
	}

	/**
	 * The condition of a clause.
	 * @param operator an operator the field takes
	 * @param values the values as written, quotes and CQL escapes removed: one, or at
	 * least one for {@code in} and {@code not in}
	 * @throws CqlParseException for a value of the wrong kind
	 */
	CqlCondition clause(String operator, List<String> values) {
		boolean negative = operator.startsWith("!") || operator.equals("not in");
		CqlCondition positive = switch (operator) {
			case "~", "!~" -> contains(values.get(0));
			case "=", "!=", "in", "not in" -> (kind == Kind.DATE) ? dated("=", values.get(0)) : oneOf(values);
			default -> dated(operator, values.get(0));
		};
		return negative ? new CqlCondition.Not(positive) : positive;
	}

	private CqlCondition contains(String value) {
		String phrase = SearchText.phrase(SearchText.unescapeLucene(value));
		if (phrase.isEmpty()) {
			throw new CqlParseException("Nothing to search for in " + cqlName + " ~ \"" + value + "\"");
		}
		Function<SearchEntity, String> textOf = (this == TEXT) ? SearchEntity::text : SearchEntity::title;
		return new CqlCondition.Contains(textOf, phrase);
	}

	private CqlCondition dated(String operator, String value) {
		CqlDate date = CqlDate.parse(value);
		return new CqlCondition.Dated((this == CREATED) ? SearchEntity::created : SearchEntity::lastModified, operator,
				date);
	}

	private CqlCondition oneOf(List<String> values) {
		UnaryOperator<String> lowerCase = text -> text.strip().toLowerCase(Locale.ROOT);
		return switch (this) {
			case TYPE -> strings(values, entity -> List.of(entity.type()), lowerCase);
			case LABEL -> strings(values, SearchEntity::labels, lowerCase);
			case SPACE -> strings(values, entity -> List.of(entity.spaceKey()), UnaryOperator.identity());
			case TITLE -> strings(values, entity -> List.of(entity.title()), UnaryOperator.identity());
			case ID -> new CqlCondition.OneOf<>(SearchEntity::ids, ids(values));
			case PARENT -> new CqlCondition.OneOf<>(
					entity -> entity.parentId() == null ? List.of() : List.of(entity.parentId()), ids(values));
			case ANCESTOR -> new CqlCondition.OneOf<>(SearchEntity::ancestorIds, ids(values));
			case CONTAINER -> new CqlCondition.OneOf<>(SearchEntity::containerIds, ids(values));
			default -> throw new IllegalStateException(cqlName + " is not compared with values");
		};
	}

	private static CqlCondition strings(List<String> values, Function<SearchEntity, List<String>> valuesOf,
			UnaryOperator<String> normalize) {
		Set<String> wanted = new LinkedHashSet<>();
		values.forEach(value -> wanted.add(normalize.apply(value)));
		return new CqlCondition.OneOf<>(entity -> valuesOf.apply(entity).stream().map(normalize).toList(), wanted);
	}

	private Set<Long> ids(List<String> values) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String value : values) {
			if (value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw new CqlParseException(cqlName + " takes numeric ids, not '" + value + "'");
			}
			try {
				ids.add(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				throw new CqlParseException(cqlName + " id out of range: " + value);
			}
		}
		return ids;
	}

}
