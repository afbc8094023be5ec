package io.github.springconfluence.search;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.springconfluence.search.CqlParser.Clause;
import io.github.springconfluence.search.CqlParser.Parsed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Hostile values stay one value: the produced CQL, read back by an independent parser,
 * has exactly the clauses, fields and operators the builder was asked for, and its
 * literal reads back as the input (or, for {@code ~}, as Lucene terms equal to the
 * input).
 */
class CqlHostileInputTests {

	static Stream<Arguments> hostile() {
		return Stream
			.of("\"", "\\", "\\\"", "\" OR type = \"space", "\") OR (type = \"space", "AND", "and", "OR", "NOT",
					") OR (", "*", "?", "~", "text ~ \"x\"", "line\nbreak", "tab\there", "nul\u0000here", "\r\n",
					"emoji \uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
					"\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u202Eevil\u202C", "a\"".repeat(5000),
					"x".repeat(100_000), "trailing\\", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^",
					":", "/", "a OR b", "NOT x", "x\u3000AND\u3000y", "a\u00A0OR\u00A0b", "\" AND \"", "\\\\\"", "'",
					"%", "#", "order by title", "label = x", "\"\"", "title:foo*", "foo~2", "[a TO z]", "\\u0022",
					"ümlaut café ß", "中文 日本語", "-x +y", "a\\\"b\\\\c")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void anExactValueStaysOneValueOrIsRefused(String input) {
		List<Function<String, Cql>> exact = List.of(Cql::type, Cql::space, Cql::label, Cql.title()::is,
				Cql.label()::isNot);
		for (Function<String, Cql> field : exact) {
			if (input.chars().anyMatch(Character::isISOControl)) {
				assertThatIllegalArgumentException().isThrownBy(() -> field.apply(input));
				continue;
			}
			Cql query = field.apply(input);
			Parsed parsed = CqlParser.parse(query.toString());
			assertThat(parsed.clauses()).hasSize(1);
			Clause clause = parsed.clauses().get(0);
			assertThat(clause.field()).isIn("type", "space", "label", "title");
			assertThat(clause.operator()).isIn("=", "!=");
			assertThat(clause.values()).containsExactly(input);
			assertThat(parsed.tree()).isEqualTo(clause.field() + clause.operator());
			assertThat(parsed.order()).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void aListOfValuesStaysThatManyValues(String input) {
		if (input.chars().anyMatch(Character::isISOControl)) {
			assertThatIllegalArgumentException().isThrownBy(() -> Cql.space().in("A", input));
			return;
		}
		Parsed parsed = CqlParser.parse(Cql.space().in(input, "A", input).toString());
		assertThat(parsed.clauses()).containsExactly(new Clause("space", "in", List.of(input, "A", input)));
		parsed = CqlParser.parse(Cql.label().notIn(input).toString());
		assertThat(parsed.clauses()).containsExactly(new Clause("label", "not in", List.of(input)));
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void searchedWordsStayOneValueOfPlainLuceneTerms(String input) {
		String spaced = input.codePoints()
			.map((c) -> Character.isISOControl(c) ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (spaced.isBlank()) {
			assertThatIllegalArgumentException().isThrownBy(() -> Cql.text().contains(input));
			return;
		}
		for (Cql query : List.of(Cql.text().contains(input), Cql.title().contains(input),
				Cql.text().doesNotContain(input))) {
			Parsed parsed = CqlParser.parse(query.toString());
			assertThat(parsed.clauses()).hasSize(1);
			Clause clause = parsed.clauses().get(0);
			assertThat(clause.operator()).isIn("~", "!~");
			assertThat(clause.values()).hasSize(1);
			assertThat(CqlParser.luceneTerms(clause.values().get(0))).isEqualTo(spaced);
		}
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void combinedQueriesKeepTheirShape(String input) {
		String safe = input.chars().anyMatch(Character::isISOControl) ? "x" : input;
		String words = input.chars().allMatch((c) -> Character.isISOControl(c) || Character.isWhitespace(c)) ? "x"
				: input;
		Cql query = Cql.type("page")
			.and(Cql.label(safe).or(Cql.title().contains(words)))
			.and(Cql.not(Cql.space(safe)))
			.orderBy("created", Cql.Direction.DESC);
		Parsed parsed = CqlParser.parse(query.toString());
		assertThat(parsed.tree()).isEqualTo("(AND type= (OR label= title~) (NOT space=))");
		assertThat(parsed.clauses()).extracting(Clause::field).containsExactly("type", "label", "title", "space");
		assertThat(parsed.clauses().get(1).values()).containsExactly(safe);
		assertThat(parsed.clauses().get(3).values()).containsExactly(safe);
		assertThat(parsed.order()).containsExactly("created DESC");
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void hostileIdsAreRefused(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.ancestor(input));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.id(input));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.id().in("1", input));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container(input));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container().notIn("1", input));
	}

	@Test
	void blankAndBrokenValuesAreRefused() {
		for (String input : List.of("", " ", "\t", "\n", "\u0000", "\u3000", "\uD83D", "a\uDE00b", "x\uD83D")) {
			assertThatIllegalArgumentException().as(input).isThrownBy(() -> Cql.label(input));
			assertThatIllegalArgumentException().as(input).isThrownBy(() -> Cql.text().contains(input));
			assertThatIllegalArgumentException().as(input).isThrownBy(() -> Cql.space().in(input));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.space(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.title().contains(null));
	}

	@Test
	void luceneOperatorsAreEscapedExactly() {
		assertThat(Cql.text().contains("a+b -c && d || !e (f) {g} [h] ^i ~j *k ?l :m \\n /o \"p\""))
			.hasToString("text ~ \"a\\\\+b \\\\-c \\\\&\\\\& d \\\\|\\\\| \\\\!e \\\\(f\\\\) \\\\{g\\\\} \\\\[h\\\\] "
					+ "\\\\^i \\\\~j \\\\*k \\\\?l \\\\:m \\\\\\\\n \\\\/o \\\\\\\"p\\\\\\\"\"");
		assertThat(Cql.text().contains("cats AND dogs or NOT mice"))
			.hasToString("text ~ \"cats \\\\AND dogs \\\\or \\\\NOT mice\"");
		assertThat(Cql.text().contains("ANDROID orange notes")).hasToString("text ~ \"ANDROID orange notes\"");
		assertThat(Cql.text().contains("line\nbreak")).hasToString("text ~ \"line break\"");
	}

	@Test
	void theParserSeesAnInjectionThatWasNotEscaped() {
		// the checks above are only worth something if the parser notices a second clause
		Parsed injected = CqlParser.parse("label = \"\" OR type = \"space\"");
		assertThat(injected.clauses()).hasSize(2);
		assertThatIllegalStateException().isThrownBy(() -> CqlParser.parse("label = \"a\"b\""));
		assertThatIllegalStateException().isThrownBy(() -> CqlParser.parse("label = \"a\\\""));
		assertThatIllegalStateException().isThrownBy(() -> CqlParser.luceneTerms("a*"));
		assertThatIllegalStateException().isThrownBy(() -> CqlParser.luceneTerms("cats AND dogs"));
		assertThatIllegalStateException().isThrownBy(() -> CqlParser.luceneTerms("trailing\\"));
		assertThat(CqlParser.luceneTerms("\\a\\*")).isEqualTo("a*");
	}

}
