package io.github.springconfluence.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.springconfluence.search.Cql.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CqlTests {

	private static final Instant MAY_FIRST = Instant.parse("2024-05-01T09:30:00Z");

	@Test
	void fieldsWriteTheirClause() {
		assertThat(Cql.type("page")).hasToString("type = \"page\"");
		assertThat(Cql.space("ENG")).hasToString("space = \"ENG\"");
		assertThat(Cql.label("x")).hasToString("label = \"x\"");
		assertThat(Cql.ancestor("123")).hasToString("ancestor = 123");
		assertThat(Cql.id("123")).hasToString("id = 123");
		assertThat(Cql.container("123")).hasToString("container = 123");
		assertThat(Cql.title().contains("release notes")).hasToString("title ~ \"release notes\"");
		assertThat(Cql.text().contains("kafka")).hasToString("text ~ \"kafka\"");
		assertThat(Cql.title().is("Release notes")).hasToString("title = \"Release notes\"");
		assertThat(Cql.title().isNot("Release notes")).hasToString("title != \"Release notes\"");
		assertThat(Cql.text().doesNotContain("draft")).hasToString("text !~ \"draft\"");
		assertThat(Cql.title().doesNotContain("draft")).hasToString("title !~ \"draft\"");
	}

	@Test
	void equalityFieldsOfferNotEqualsAndLists() {
		assertThat(Cql.type().is("page")).isEqualTo(Cql.type("page"));
		assertThat(Cql.type().isNot("comment")).hasToString("type != \"comment\"");
		assertThat(Cql.space().in("A", "B")).hasToString("space in (\"A\",\"B\")");
		assertThat(Cql.space().in(List.of("A"))).hasToString("space in (\"A\")");
		assertThat(Cql.type().in("page", "blogpost")).hasToString("type in (\"page\",\"blogpost\")");
		assertThat(Cql.label().in("a", "b")).hasToString("label in (\"a\",\"b\")");
		assertThat(Cql.label().notIn("a", "b")).hasToString("label not in (\"a\",\"b\")");
		assertThat(Cql.space().notIn(List.of("A"))).hasToString("space not in (\"A\")");
		assertThat(Cql.label().isNot("x")).hasToString("label != \"x\"");
		assertThat(Cql.space().isNot("ENG")).hasToString("space != \"ENG\"");
	}

	@Test
	void ancestorsAreUnquotedNumbers() {
		assertThat(Cql.ancestor().in("123", "456")).hasToString("ancestor in (123,456)");
		assertThat(Cql.ancestor().notIn("123")).hasToString("ancestor not in (123)");
		assertThat(Cql.ancestor().isNot("7")).hasToString("ancestor != 7");
	}

	@Test
	void idsAndContainersAreUnquotedNumbersLikeAncestors() {
		assertThat(Cql.id().is("123")).isEqualTo(Cql.id("123"));
		assertThat(Cql.id().in("123", "456")).hasToString("id in (123,456)");
		assertThat(Cql.id().in(List.of("9"))).hasToString("id in (9)");
		assertThat(Cql.id().notIn("123")).hasToString("id not in (123)");
		assertThat(Cql.id().isNot("7")).hasToString("id != 7");
		assertThat(Cql.container().is("123")).isEqualTo(Cql.container("123"));
		assertThat(Cql.container().in(List.of("123", "456"))).hasToString("container in (123,456)");
		assertThat(Cql.container().notIn("123")).hasToString("container not in (123)");
		assertThat(Cql.container().isNot("7")).hasToString("container != 7");
		assertThat(Cql.type("attachment").and(Cql.container().in("1", "2")))
			.hasToString("type = \"attachment\" AND container in (1,2)");
		assertThat(Cql.ancestor("1").or(Cql.id("1"))).hasToString("ancestor = 1 OR id = 1");
	}

	@Test
	void idFieldsRefuseAnythingButDigits() {
		for (String id : List.of("", " 123", "123 ", "12a", "-1", "+1", "1.0", "１２３", "٣", "123 OR type = page", "0x10",
				"12345678901234567890", "att123")) {
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.ancestor(id));
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.ancestor().in("1", id));
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.id(id));
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.id().notIn("1", id));
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.container(id));
			assertThatIllegalArgumentException().as(id).isThrownBy(() -> Cql.container().in(List.of("1", id)));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.ancestor(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.id(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container(null));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.id("x1")).withMessage("id is numeric, not 'x1'");
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container("x1"))
			.withMessage("container id is numeric, not 'x1'");
	}

	@Test
	void datesAreWrittenInUtcToTheMinute() {
		assertThat(Cql.lastModified().after(MAY_FIRST)).hasToString("lastmodified > \"2024-05-01 09:30\"");
		assertThat(Cql.lastModified().before(MAY_FIRST)).hasToString("lastmodified < \"2024-05-01 09:30\"");
		assertThat(Cql.created().after(MAY_FIRST)).hasToString("created > \"2024-05-01 09:30\"");
	}

	@Test
	void partMinutesWidenTheRange() {
		Instant later = Instant.parse("2024-05-01T09:30:45.5Z");
		assertThat(Cql.lastModified().after(later)).hasToString("lastmodified > \"2024-05-01 09:30\"");
		assertThat(Cql.lastModified().before(later)).hasToString("lastmodified < \"2024-05-01 09:31\"");
		assertThat(Cql.lastModified().before(Instant.parse("2024-12-31T23:59:01Z")))
			.hasToString("lastmodified < \"2025-01-01 00:00\"");
	}

	@Test
	void datesCanBeWrittenInTheSearchingUsersZone() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		assertThat(Cql.lastModified().after(MAY_FIRST, paris)).hasToString("lastmodified > \"2024-05-01 11:30\"");
		assertThat(Cql.lastModified().before(MAY_FIRST, ZoneId.of("America/Los_Angeles")))
			.hasToString("lastmodified < \"2024-05-01 02:30\"");
	}

	@Test
	void datesOutsideCqlsYearsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Cql.lastModified().after(Instant.parse("+10000-01-01T00:00:00Z")));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.lastModified().before(Instant.MIN));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.lastModified().after(Instant.MAX));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Cql.created().after(Instant.parse("0000-12-31T23:00:00Z"), ZoneId.of("UTC")));
	}

	@Test
	void andAndOrChainWithoutParentheses() {
		assertThat(Cql.type("page").and(Cql.space("ENG")).and(Cql.label("x")))
			.hasToString("type = \"page\" AND space = \"ENG\" AND label = \"x\"");
		assertThat(Cql.type("page").or(Cql.type("blogpost")).or(Cql.label("x")))
			.hasToString("type = \"page\" OR type = \"blogpost\" OR label = \"x\"");
		assertThat(Cql.type("page").and(Cql.space("A").and(Cql.label("x"))))
			.hasToString("type = \"page\" AND space = \"A\" AND label = \"x\"");
	}

	@Test
	void parenthesesKeepTheJavaPrecedence() {
		Cql a = Cql.space("A");
		Cql b = Cql.space("B");
		Cql c = Cql.label("c");
		assertThat(a.or(b).and(c)).hasToString("(space = \"A\" OR space = \"B\") AND label = \"c\"");
		assertThat(c.and(a.or(b))).hasToString("label = \"c\" AND (space = \"A\" OR space = \"B\")");
		assertThat(a.and(b).or(c)).hasToString("(space = \"A\" AND space = \"B\") OR label = \"c\"");
		assertThat(c.or(a.and(b))).hasToString("label = \"c\" OR (space = \"A\" AND space = \"B\")");
		assertThat(a.or(b).and(c.or(a)))
			.hasToString("(space = \"A\" OR space = \"B\") AND (label = \"c\" OR space = \"A\")");
		assertThat(CqlParser.parse(a.or(b).and(c).toString()).tree()).isEqualTo("(AND (OR space= space=) label=)");
		assertThat(CqlParser.parse(a.and(b).or(c.and(a)).toString()).tree())
			.isEqualTo("(OR (AND space= space=) (AND label= space=))");
	}

	@Test
	void notNegatesOneClauseOrAGroup() {
		Cql a = Cql.space("A");
		Cql b = Cql.space("B");
		assertThat(Cql.not(a)).hasToString("NOT space = \"A\"");
		assertThat(a.not()).isEqualTo(Cql.not(a));
		assertThat(Cql.not(a.or(b))).hasToString("NOT (space = \"A\" OR space = \"B\")");
		assertThat(Cql.not(a.and(b))).hasToString("NOT (space = \"A\" AND space = \"B\")");
		assertThat(Cql.not(Cql.not(a))).hasToString("NOT (NOT space = \"A\")");
		assertThat(Cql.type("page").and(Cql.label("draft").not()))
			.hasToString("type = \"page\" AND NOT label = \"draft\"");
		assertThat(Cql.type("page").and(a.or(b).not()))
			.hasToString("type = \"page\" AND NOT (space = \"A\" OR space = \"B\")");
		assertThat(CqlParser.parse(Cql.type("page").or(a.not()).and(b).toString()).tree())
			.isEqualTo("(AND (OR type= (NOT space=)) space=)");
	}

	@Test
	void rawTextIsTakenAsWrittenAndGroupedWhenCombined() {
		assertThat(Cql.raw("creator = currentUser()")).hasToString("creator = currentUser()");
		assertThat(Cql.raw(" creator = currentUser() or mention = currentUser() ").and(Cql.type("page")))
			.hasToString("(creator = currentUser() or mention = currentUser()) AND type = \"page\"");
		assertThat(Cql.type("page").or(Cql.raw("favourite = currentUser()")))
			.hasToString("type = \"page\" OR (favourite = currentUser())");
		assertThat(Cql.not(Cql.raw("watcher = currentUser()"))).hasToString("NOT (watcher = currentUser())");
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.raw(" "));
	}

	@Test
	void orderByComesOnceAtTheEnd() {
		Cql ordered = Cql.type("page").orderBy("lastmodified", Direction.DESC);
		assertThat(ordered).hasToString("type = \"page\" ORDER BY lastmodified DESC");
		assertThat(ordered.and(Cql.space("A")).or(Cql.space("B")))
			.hasToString("(type = \"page\" AND space = \"A\") OR space = \"B\" ORDER BY lastmodified DESC");
		assertThat(ordered.orderBy("Title", Direction.ASC))
			.hasToString("type = \"page\" ORDER BY lastmodified DESC, title ASC");
		assertThat(ordered.not()).hasToString("NOT type = \"page\" ORDER BY lastmodified DESC");
		for (String field : List.of("created", "lastModified", "TITLE", "id", "type", "space")) {
			assertThat(Cql.type("page").orderBy(field, Direction.ASC).toString()).as(field)
				.endsWith(" ORDER BY " + field.toLowerCase() + " ASC");
		}
		assertThat(CqlParser.parse(ordered.orderBy("id", Direction.ASC).toString()).order())
			.containsExactly("lastmodified DESC", "id ASC");
	}

	@Test
	void orderByRefusesUnknownAndRepeatedFields() {
		Cql page = Cql.type("page");
		for (String field : List.of("", "label", "text", "title DESC", "title, id", "created; DROP", "lastmodified\n",
				"score")) {
			assertThatIllegalArgumentException().as(field).isThrownBy(() -> page.orderBy(field, Direction.ASC));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> page.orderBy("title", Direction.ASC).orderBy("TITLE", Direction.DESC));
		assertThatIllegalArgumentException().isThrownBy(() -> page.orderBy("title", null));
	}

	@Test
	void onlyTheWholeQueryIsOrdered() {
		Cql ordered = Cql.space("A").orderBy("title", Direction.ASC);
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.type("page").and(ordered));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.type("page").or(ordered));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.not(ordered));
	}

	@Test
	void listsNeedValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.space().in());
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.space().in(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.label().in("a", null));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.ancestor().in());
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.id().in(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container().in());
		assertThatIllegalArgumentException().isThrownBy(() -> Cql.container().notIn("1", null));
	}

	@Test
	void equalityAndHashCodeFollowTheText() {
		Cql one = Cql.type("page").and(Cql.space("A"));
		Cql same = Cql.type().is("page").and(Cql.space().is("A"));
		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(one).isNotEqualTo(Cql.space("A").and(Cql.type("page")));
		assertThat(one).isNotEqualTo(one.orderBy("id", Direction.ASC));
		assertThat(one).isNotEqualTo(one.toString());
		assertThat(Cql.raw("type = \"page\"")).isEqualTo(Cql.type("page"));
	}

	@Test
	void queriesAreImmutable() {
		Cql page = Cql.type("page");
		page.and(Cql.space("A"));
		page.orderBy("id", Direction.ASC);
		page.not();
		assertThat(page).hasToString("type = \"page\"");
	}

}
