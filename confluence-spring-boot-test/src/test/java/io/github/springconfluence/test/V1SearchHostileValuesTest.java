package io.github.springconfluence.test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values written as the client's {@code Cql} writes them ({@link CqlText}) read
 * back as one value: each finds exactly the content that holds it, as title, space key or
 * body text, and nothing a broken escape would add (another clause, a wider match). The
 * expected results come from a plain oracle: every page whose text, lower-cased with
 * whitespace runs collapsed, holds the value so treated.
 */
class V1SearchHostileValuesTest {

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(FakeConfluence.builder());

	/** Titles (and space keys): the client refuses control characters in exact values. */
	static Stream<String> hostile() {
		return Stream.of("\"", "\\", "\\\"", "\" OR type = \"space", "\") OR (type = \"space", "AND", "and", "OR",
				"NOT", ") OR (", "*", "?", "~", "text ~ \"x\"", "OR title = x", ")", "(", "+", "-", "&&", "||", "!",
				"{", "}", "[", "]", "^", ":", "/", "a OR b", "NOT x", "x\u3000AND\u3000y", "a\u00A0OR\u00A0b",
				"\" AND \"", "\\\\\"", "'", "%", "%20", "#", "a # b", "order by title", "label = x", "\"\"",
				"title:foo*", "foo~2", "[a TO z]", "\\u0022", "ümlaut café ß", "中文 日本語", "-x +y", "a\\\"b\\\\c",
				"emoji \uD83D\uDE00 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
				"\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u202Eevil\u202C", "a\"".repeat(40),
				"x".repeat(2000), "trailing\\", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "ANDROID orange notes");
	}

	/** Body texts may hold anything, control characters included. */
	static Stream<String> words() {
		return Stream.concat(hostile(), Stream.of("line\nbreak", "tab\there", "nul\u0000here", "a <b> & c"));
	}

	private static final Map<String, FakePage> BY_TITLE = new LinkedHashMap<>();

	private static final Map<String, FakePage> BY_BODY = new LinkedHashMap<>();

	private static final Map<String, Long> HOME_BY_KEY = new LinkedHashMap<>();

	@BeforeAll
	static void addContent() {
		FakeConfluence fake = confluence.fake();
		fake.addSpace("TITLES", "Titles");
		fake.addSpace("BODIES", "Bodies");
		hostile().forEach(value -> BY_TITLE.put(value, fake.addPage("TITLES", value)));
		List<String> bodies = words().toList();
		for (int i = 0; i < bodies.size(); i++) {
			String body = "<p>" + bodies.get(i).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
					+ "</p>";
			BY_BODY.put(bodies.get(i), fake.addPage("BODIES", "Body " + i, null, body));
		}
		hostile().filter(value -> !value.isBlank())
			.forEach(value -> HOME_BY_KEY.put(value, fake.addSpace(value, "Keyed").homepageId()));
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void aContainsQueryFindsExactlyTheTitlesHoldingTheValue(String value, FakeConfluence fake) {
		String cql = "type = \"page\" AND space = \"TITLES\" AND title ~ " + CqlText.words(value);
		List<FakePage> all = new ArrayList<>(fake.pages("TITLES"));
		List<String> expected = all.stream()
			.filter(page -> normalized(page.title()).contains(normalized(value).strip()))
			.map(page -> Long.toString(page.id()))
			.toList();

		JsonNode body = search(fake, cql);

		assertThat(V1SearchTest.ids(body)).containsExactlyElementsOf(expected)
			.contains(Long.toString(BY_TITLE.get(value).id()));
		JsonNode own = own(body, BY_TITLE.get(value));
		assertThat(own.path("title").asString()).isEqualTo("@@@hl@@@" + value + "@@@endhl@@@");
		assertThat(own.path("content").path("title").asString()).isEqualTo(value);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void anExactTitleFindsOnlyItsPageAndNotEqualsAllTheOthers(String value, FakeConfluence fake) {
		FakePage page = BY_TITLE.get(value);
		assertThat(V1SearchTest.ids(search(fake, "title = " + CqlText.exact(value))))
			.containsExactly(Long.toString(page.id()));
		assertThat(V1SearchTest.ids(search(fake,
				"title in (" + CqlText.exact(value) + "," + CqlText.exact("none") + "," + CqlText.exact(value) + ")")))
			.containsExactly(Long.toString(page.id()));
		List<String> others = BY_TITLE.values()
			.stream()
			.filter(other -> other != page)
			.map(other -> Long.toString(other.id()))
			.toList();
		assertThat(
				V1SearchTest
					.ids(search(fake,
							"space = \"TITLES\" AND type = \"page\" AND title != " + CqlText.exact(value)
									+ " AND title != " + CqlText.exact("Titles Home") + " ORDER BY id")))
			.containsExactlyElementsOf(others);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void aHostileSpaceKeyFindsOnlyItsSpace(String value, FakeConfluence fake) {
		assertThat(V1SearchTest.ids(search(fake, "type = \"page\" AND space = " + CqlText.exact(value))))
			.containsExactly(Long.toString(HOME_BY_KEY.get(value)));
		assertThat(V1SearchTest.ids(search(fake,
				"type = \"page\" AND space in (" + CqlText.exact(value) + "," + CqlText.exact("TITLES") + ")")))
			.hasSize(BY_TITLE.size() + 2)
			.contains(Long.toString(HOME_BY_KEY.get(value)));
	}

	@ParameterizedTest
	@MethodSource("words")
	void aTextQueryFindsExactlyTheBodiesHoldingTheWords(String value, FakeConfluence fake) {
		String cql = "space = \"BODIES\" AND text ~ " + CqlText.words(value);
		String words = normalized(value).strip();
		List<String> expected = new ArrayList<>();
		for (FakePage page : fake.pages("BODIES")) {
			String body = BY_BODY.entrySet()
				.stream()
				.filter(entry -> entry.getValue().id() == page.id())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse("");
			if (normalized(page.title() + " " + body).contains(words)) {
				expected.add(Long.toString(page.id()));
			}
		}

		JsonNode found = search(fake, cql);

		assertThat(V1SearchTest.ids(found)).containsExactlyElementsOf(expected)
			.contains(Long.toString(BY_BODY.get(value).id()));
		String excerpt = own(found, BY_BODY.get(value)).path("excerpt").asString();
		String collapsed = value.replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
		if (collapsed.length() <= SearchText.EXCERPT_LENGTH) {
			assertThat(excerpt).isEqualTo("@@@hl@@@" + collapsed + "@@@endhl@@@");
		}
		else {
			// too long for an excerpt: cut, and the whole value is no longer in it to
			// mark
			assertThat(excerpt).isEqualTo(collapsed.substring(0, SearchText.EXCERPT_LENGTH));
		}
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	private static JsonNode own(JsonNode body, FakePage page) {
		for (JsonNode result : body.path("results")) {
			if (result.path("content").path("id").asString().equals(Long.toString(page.id()))) {
				return result;
			}
		}
		throw new AssertionError("No result for page " + page.id() + " in " + body);
	}

	/** The oracle's comparison: lower case, every whitespace run one space. */
	private static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ");
	}

	private static JsonNode search(FakeConfluence fake, String cql) {
		HttpResponse<String> response = Http.get(fake,
				"/wiki/rest/api/search?limit=250&cql=" + URLEncoder.encode(cql, StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(cql + ": " + response.body()).isEqualTo(200);
		return Http.json(response);
	}

}
