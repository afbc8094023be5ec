package io.github.springconfluence.search;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An immutable query in the Confluence Query Language, whose {@link #toString()} is the
 * CQL text to send as the {@code cql} parameter of {@code GET /wiki/rest/api/search}.
 * <p>
 * Field names, operators and keywords come only from this class's methods; every value is
 * quoted and escaped, so that no value, whatever it holds (quotes, backslashes,
 * {@code AND}, parentheses, Lucene operators), can add a clause, an operator or a field.
 * Values compared with {@code ~} (contains) are also escaped for Lucene, so that they are
 * searched for as plain words: no wildcards, no phrases, no boolean operators. Blank
 * values, unpaired surrogates, and control characters in exact values are refused with an
 * {@link IllegalArgumentException}.
 * <p>
 * {@link #and(Cql)}, {@link #or(Cql)} and {@link #not()} add the parentheses that keep
 * the meaning of the Java expression: {@code a.or(b).and(c)} is {@code (a OR b) AND c}.
 * Confluence refuses a query whose first clause is negative ({@code NOT}, {@code !=},
 * {@code !~}, {@code not in}): start with a positive clause, as in
 * {@code Cql.type("page").and(Cql.label("draft").not())}.
 * <p>
 * Two queries are equal when their CQL text is.
 * <p>
 * Example: {@code Cql.type("page").and(Cql.space().in("ENG", "OPS"))
 * .and(Cql.text().contains(userInput)).orderBy("lastmodified", Cql.Direction.DESC)} is
 * {@code type = "page" AND space in ("ENG","OPS") AND text ~ "..." ORDER BY lastmodified
 * DESC}.
 */
public final class Cql {

	private static final List<String> ORDERABLE = List.of("created", "lastmodified", "title", "id", "type", "space");

	private final String condition;

	private final Kind kind;

	private final List<String> order;

	private Cql(String condition, Kind kind, List<String> order) {
		this.condition = condition;
		this.kind = kind;
		this.order = List.copyOf(order);
	}

	private static Cql clause(String field, String operator, String value) {
		return new Cql(field + " " + operator + " " + value, Kind.CLAUSE, List.of());
	}

	/**
	 * Matches content of one type: {@code type = "page"}.
	 * @param type a content type such as {@code page}, {@code blogpost},
	 * {@code attachment} or {@code comment}
	 * @return the query
	 */
	public static Cql type(String type) {
		return type().is(type);
	}

	/**
	 * Starts a condition on the content type, for {@code !=} and {@code in}.
	 * @return the field
	 */
	public static ValueField type() {
		return new ValueField("type");
	}

	/**
	 * Matches content in one space: {@code space = "ENG"}.
	 * @param key the space key
	 * @return the query
	 */
	public static Cql space(String key) {
		return space().is(key);
	}

	/**
	 * Starts a condition on the space key, for {@code !=} and {@code in}.
	 * @return the field
	 */
	public static ValueField space() {
		return new ValueField("space");
	}

	/**
	 * Matches content that carries a label: {@code label = "x"}.
	 * @param label the label
	 * @return the query
	 */
	public static Cql label(String label) {
		return label().is(label);
	}

	/**
	 * Starts a condition on the labels, for {@code !=} and {@code in}.
	 * @return the field
	 */
	public static ValueField label() {
		return new ValueField("label");
	}

	/**
	 * Matches the descendants of a page (children, their children, and so on):
	 * {@code ancestor = 123}.
	 * @param id the numeric id of the ancestor page
	 * @return the query
	 * @throws IllegalArgumentException if the id is not a number
	 */
	public static Cql ancestor(String id) {
		return ancestor().is(id);
	}

	/**
	 * Starts a condition on the ancestors, for {@code !=} and {@code in}.
	 * @return the field
	 */
	public static IdField ancestor() {
		return new IdField("ancestor");
	}

	/**
	 * Matches the content with an id: {@code id = 123}. An attachment's id is the number
	 * after {@code att} in {@code att123}.
	 * @param id the numeric content id
	 * @return the query
	 * @throws IllegalArgumentException if the id is not a number
	 */
	public static Cql id(String id) {
		return id().is(id);
	}

	/**
	 * Starts a condition on the content id, for {@code !=} and {@code in}.
	 * @return the field
	 */
	public static IdField id() {
		return new IdField("id");
	}

	/**
	 * Matches the content contained in a piece of content, such as the attachments of a
	 * page: {@code container = 123}.
	 * @param id the numeric id of the containing content
	 * @return the query
	 * @throws IllegalArgumentException if the id is not a number
	 */
	public static Cql container(String id) {
		return container().is(id);
	}

	/**
	 * Starts a condition on the containing content, for {@code !=} and {@code in}:
	 * {@code type = "attachment" AND container in (123,456)} finds the attachments of two
	 * pages.
	 * @return the field
	 */
	public static IdField container() {
		return new IdField("container");
	}

	/**
	 * Starts a condition on the title: {@code title ~ "..."} or {@code title = "..."}.
	 * @return the field
	 */
	public static TitleField title() {
		return new TitleField();
	}

	/**
	 * Starts a full-text condition on the title, body and labels: {@code text ~ "..."}.
	 * @return the field
	 */
	public static TextField text() {
		return new TextField("text");
	}

	/**
	 * Starts a condition on the date of the last change: {@code lastmodified > "..."}.
	 * @return the field
	 */
	public static DateField lastModified() {
		return new DateField("lastmodified");
	}

	/**
	 * Starts a condition on the creation date: {@code created > "..."}.
	 * @return the field
	 */
	public static DateField created() {
		return new DateField("created");
	}

	/**
	 * Negates a query: {@code NOT type = "page"}, {@code NOT (a OR b)}.
	 * @param query the query to negate, without {@code ORDER BY}
	 * @return the negated query
	 */
	public static Cql not(Cql query) {
		Assert.notNull(query, "query must not be null");
		Assert.isTrue(query.order.isEmpty(), "Only the whole query has an ORDER BY, not the negated one");
		String operand = (query.kind == Kind.CLAUSE) ? query.condition : "(" + query.condition + ")";
		return new Cql("NOT " + operand, Kind.NOT, List.of());
	}

	/**
	 * Takes CQL text as written. <strong>Never pass user input</strong>, not even in
	 * part: nothing is escaped. Meant for fields and functions this class does not offer,
	 * such as {@code creator = currentUser()}. The text must not hold {@code ORDER BY};
	 * use {@link #orderBy(String, Direction)}.
	 * @param cql a CQL condition written by the developer
	 * @return the query
	 */
	public static Cql raw(String cql) {
		Assert.hasText(cql, "cql must not be blank");
		return new Cql(cql.strip(), Kind.RAW, List.of());
	}

	/**
	 * Matches content that matches this query and another: {@code a AND b}.
	 * @param other the other query, without {@code ORDER BY}
	 * @return the combined query, ordered as this one
	 */
	public Cql and(Cql other) {
		return combine(other, Kind.AND);
	}

	/**
	 * Matches content that matches this query, another, or both: {@code a OR b}.
	 * @param other the other query, without {@code ORDER BY}
	 * @return the combined query, ordered as this one
	 */
	public Cql or(Cql other) {
		return combine(other, Kind.OR);
	}

	/**
	 * Negates this query, keeping its {@code ORDER BY}: {@code NOT a}.
	 * @return the negated query
	 * @see #not(Cql)
	 */
	public Cql not() {
		Cql negated = not(new Cql(this.condition, this.kind, List.of()));
		return new Cql(negated.condition, negated.kind, this.order);
	}

	/**
	 * Sorts the results by a field; a second call adds a field to sort by when the first
	 * ones are equal. {@code ORDER BY} always comes last in the text.
	 * @param field {@code created}, {@code lastmodified}, {@code title}, {@code id},
	 * {@code type} or {@code space}, in any case
	 * @param direction the direction
	 * @return the ordered query
	 * @throws IllegalArgumentException for another field, or one already sorted by
	 */
	public Cql orderBy(String field, Direction direction) {
		Assert.notNull(field, "field must not be null");
		Assert.notNull(direction, "direction must not be null");
		String name = field.toLowerCase(Locale.ROOT);
		Assert.isTrue(ORDERABLE.contains(name), () -> "CQL cannot order by '" + field + "': use one of " + ORDERABLE);
		Assert.isTrue(this.order.stream().noneMatch((key) -> key.startsWith(name + " ")),
				() -> "The query is already ordered by " + name);
		List<String> order = new ArrayList<>(this.order);
		order.add(name + " " + direction.name());
		return new Cql(this.condition, this.kind, order);
	}

	private Cql combine(Cql other, Kind operator) {
		Assert.notNull(other, "other must not be null");
		Assert.isTrue(other.order.isEmpty(), "Only the whole query has an ORDER BY: order the combined query");
		return new Cql(operand(this, operator) + " " + operator.name() + " " + operand(other, operator), operator,
				this.order);
	}

	private static String operand(Cql query, Kind operator) {
		boolean bare = query.kind == Kind.CLAUSE || query.kind == Kind.NOT || query.kind == operator;
		return bare ? query.condition : "(" + query.condition + ")";
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Cql that && toString().equals(that.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	/**
	 * Returns the CQL text.
	 * @return for example {@code type = "page" AND space = "ENG" ORDER BY created DESC}
	 */
	@Override
	public String toString() {
		return this.order.isEmpty() ? this.condition : this.condition + " ORDER BY " + String.join(", ", this.order);
	}

	private static String list(Collection<String> values, BiFunction<String, String, String> literal, String what) {
		Assert.notNull(values, () -> what + "s must not be null");
		Assert.notEmpty(values, () -> "Give at least one " + what);
		List<String> literals = new ArrayList<>(values.size());
		for (String value : values) {
			literals.add(literal.apply(value, what));
		}
		return "(" + String.join(",", literals) + ")";
	}

	/**
	 * The direction of {@link #orderBy(String, Direction)}.
	 */
	public enum Direction {

		/** Smallest, earliest or A first. */
		ASC,

		/** Largest, latest or Z first. */
		DESC

	}

	/**
	 * A field compared with exact, quoted values: {@code type}, {@code space},
	 * {@code label}.
	 */
	public static final class ValueField {

		private final String name;

		private ValueField(String name) {
			this.name = name;
		}

		/**
		 * Matches one value: {@code field = "value"}.
		 * @param value the value
		 * @return the query
		 */
		public Cql is(String value) {
			return clause(this.name, "=", CqlLiterals.exact(value, this.name));
		}

		/**
		 * Matches anything but one value: {@code field != "value"}.
		 * @param value the value
		 * @return the query
		 */
		public Cql isNot(String value) {
			return clause(this.name, "!=", CqlLiterals.exact(value, this.name));
		}

		/**
		 * Matches any of these values: {@code field in ("a","b")}.
		 * @param values at least one value
		 * @return the query
		 */
		public Cql in(String... values) {
			Assert.notNull(values, () -> this.name + "s must not be null");
			return in(Arrays.asList(values));
		}

		/**
		 * Matches any of these values: {@code field in ("a","b")}.
		 * @param values at least one value
		 * @return the query
		 */
		public Cql in(Collection<String> values) {
			return clause(this.name, "in", list(values, CqlLiterals::exact, this.name));
		}

		/**
		 * Matches none of these values: {@code field not in ("a","b")}.
		 * @param values at least one value
		 * @return the query
		 */
		public Cql notIn(String... values) {
			Assert.notNull(values, () -> this.name + "s must not be null");
			return notIn(Arrays.asList(values));
		}

		/**
		 * Matches none of these values: {@code field not in ("a","b")}.
		 * @param values at least one value
		 * @return the query
		 */
		public Cql notIn(Collection<String> values) {
			return clause(this.name, "not in", list(values, CqlLiterals::exact, this.name));
		}

	}

	/**
	 * A field compared with numeric content ids, unquoted: {@code ancestor}, {@code id},
	 * {@code container}.
	 */
	public static final class IdField {

		private final String name;

		private IdField(String name) {
			this.name = name;
		}

		/** What an error message calls a value: "ancestor id", "container id", "id". */
		private String what() {
			return "id".equals(this.name) ? "id" : this.name + " id";
		}

		/**
		 * Matches one id: {@code ancestor = 123}.
		 * @param id a numeric id
		 * @return the query
		 * @throws IllegalArgumentException if the id is not a number
		 */
		public Cql is(String id) {
			return clause(this.name, "=", CqlLiterals.id(id, what()));
		}

		/**
		 * Matches anything but one id: {@code ancestor != 123}.
		 * @param id a numeric id
		 * @return the query
		 * @throws IllegalArgumentException if the id is not a number
		 */
		public Cql isNot(String id) {
			return clause(this.name, "!=", CqlLiterals.id(id, what()));
		}

		/**
		 * Matches any of these ids: {@code ancestor in (123,456)}.
		 * @param ids at least one numeric id
		 * @return the query
		 * @throws IllegalArgumentException if an id is not a number
		 */
		public Cql in(String... ids) {
			Assert.notNull(ids, "ids must not be null");
			return in(Arrays.asList(ids));
		}

		/**
		 * Matches any of these ids: {@code ancestor in (123,456)}.
		 * @param ids at least one numeric id
		 * @return the query
		 * @throws IllegalArgumentException if an id is not a number
		 */
		public Cql in(Collection<String> ids) {
			return clause(this.name, "in", list(ids, CqlLiterals::id, what()));
		}

		/**
		 * Matches none of these ids: {@code ancestor not in (123,456)}.
		 * @param ids at least one numeric id
		 * @return the query
		 * @throws IllegalArgumentException if an id is not a number
		 */
		public Cql notIn(String... ids) {
			Assert.notNull(ids, "ids must not be null");
			return notIn(Arrays.asList(ids));
		}

		/**
		 * Matches none of these ids: {@code ancestor not in (123,456)}.
		 * @param ids at least one numeric id
		 * @return the query
		 * @throws IllegalArgumentException if an id is not a number
		 */
		public Cql notIn(Collection<String> ids) {
			return clause(this.name, "not in", list(ids, CqlLiterals::id, what()));
		}

	}

	/**
	 * A field searched for words with {@code ~}: {@code text}.
	 */
	public static class TextField {

		private final String name;

		TextField(String name) {
			this.name = name;
		}

		String name() {
			return this.name;
		}

		/**
		 * Matches content whose field holds these words: {@code text ~ "..."}. The words
		 * are searched for as written: Lucene's wildcards ({@code *}, {@code ?}),
		 * operators ({@code AND}, {@code +}, {@code -}...) and quotes are escaped;
		 * Confluence still stems and ignores case. Line breaks and tabs count as spaces.
		 * @param words the words, not blank
		 * @return the query
		 */
		public Cql contains(String words) {
			return clause(this.name, "~", CqlLiterals.text(words, this.name));
		}

		/**
		 * Matches content whose field does not hold these words: {@code text !~ "..."},
		 * escaped as {@link #contains(String)}.
		 * @param words the words, not blank
		 * @return the query
		 */
		public Cql doesNotContain(String words) {
			return clause(this.name, "!~", CqlLiterals.text(words, this.name));
		}

	}

	/**
	 * The title: searched for words with {@code ~}, or compared exactly with {@code =}.
	 */
	public static final class TitleField extends TextField {

		private TitleField() {
			super("title");
		}

		/**
		 * Matches content with exactly this title: {@code title = "..."}.
		 * @param title the title
		 * @return the query
		 */
		public Cql is(String title) {
			return clause(name(), "=", CqlLiterals.exact(title, name()));
		}

		/**
		 * Matches content with another title: {@code title != "..."}.
		 * @param title the title
		 * @return the query
		 */
		public Cql isNot(String title) {
			return clause(name(), "!=", CqlLiterals.exact(title, name()));
		}

	}

	/**
	 * A date field, compared in CQL's {@code "yyyy-MM-dd HH:mm"} form.
	 * <p>
	 * CQL has no time zone in its dates: Confluence reads them in the time zone of the
	 * user who searches (the one set in that user's profile, by default the site's).
	 * {@link #after(Instant)} and {@link #before(Instant)} write UTC, which is exact for
	 * a user whose zone is UTC; pass the searching user's zone (for example the
	 * {@code timeZone} of {@code GET /wiki/rest/api/user/current}) to the two-argument
	 * forms to compare exactly for any user. CQL dates stop at minutes: both methods
	 * widen the range to whole minutes, so that nothing in range is missed and at most
	 * one minute more is matched.
	 */
	public static final class DateField {

		private final String name;

		private DateField(String name) {
			this.name = name;
		}

		/**
		 * Matches dates after an instant, written in UTC:
		 * {@code lastmodified > "2024-05-01 09:30"}.
		 * @param instant the instant; seconds are dropped
		 * @return the query
		 */
		public Cql after(Instant instant) {
			return after(instant, ZoneOffset.UTC);
		}

		/**
		 * Matches dates after an instant, written in the searching user's time zone.
		 * @param instant the instant; seconds are dropped
		 * @param zone the time zone of the user the search runs as
		 * @return the query
		 */
		public Cql after(Instant instant, ZoneId zone) {
			Assert.notNull(instant, "instant must not be null");
			Assert.notNull(zone, "zone must not be null");
			return clause(this.name, ">", CqlLiterals.dateTime(instant, zone));
		}

		/**
		 * Matches dates before an instant, written in UTC:
		 * {@code lastmodified < "2024-05-01 09:31"}.
		 * @param instant the instant; a part-minute is rounded up to the next minute
		 * @return the query
		 */
		public Cql before(Instant instant) {
			return before(instant, ZoneOffset.UTC);
		}

		/**
		 * Matches dates before an instant, written in the searching user's time zone.
		 * @param instant the instant; a part-minute is rounded up to the next minute
		 * @param zone the time zone of the user the search runs as
		 * @return the query
		 */
		public Cql before(Instant instant, ZoneId zone) {
			Assert.notNull(instant, "instant must not be null");
			Assert.notNull(zone, "zone must not be null");
			Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
			Instant bound = minute.equals(instant) ? minute : minute.plus(1, ChronoUnit.MINUTES);
			return clause(this.name, "<", CqlLiterals.dateTime(bound, zone));
		}

	}

	private enum Kind {

		CLAUSE, NOT, AND, OR, RAW

	}

}
