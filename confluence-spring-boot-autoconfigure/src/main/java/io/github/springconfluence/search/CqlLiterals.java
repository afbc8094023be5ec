package io.github.springconfluence.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.util.Assert;

/**
 * Turns values into CQL literals: the only place where user text meets the query syntax.
 */
final class CqlLiterals {

	/**
	 * Characters the Lucene query parser reads as syntax ({@code QueryParser.escape} of
	 * Lucene's classic parser escapes exactly these, plus {@code "}).
	 */
	private static final String LUCENE_SPECIALS = "+-&|!(){}[]^\"~*?:\\/";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private CqlLiterals() {
	}

	/**
	 * Quotes a value compared with {@code =}, {@code !=} or {@code in}: CQL reads it back
	 * exactly as given.
	 * @param value the value
	 * @param what what the value is, for the error message
	 * @return the quoted literal
	 */
	static String exact(String value, String what) {
		checkText(value, what);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			// a space key, label, type or title never holds a control character, and CQL
			// has no documented escape for one inside a string
			Assert.isTrue(!Character.isISOControl(c),
					() -> what + " must not contain control characters (such as a line break)");
		}
		return quote(value);
	}

	/**
	 * Quotes text compared with {@code ~} or {@code !~}: Confluence hands the value to
	 * Lucene, so every Lucene operator character is escaped first, then the result is
	 * quoted for CQL. Control characters (line breaks, tabs) become spaces, which Lucene
	 * reads the same way.
	 * @param text the words to search for
	 * @param what what the text is, for the error message
	 * @return the quoted literal
	 */
	static String text(String text, String what) {
		checkText(text, what);
		String escaped = lucene(text);
		Assert.isTrue(!escaped.isBlank(), () -> what + " must hold more than control characters");
		return quote(escaped);
	}

	/**
	 * Escapes text for the Lucene query parser, so that it is searched for as words.
	 * @param text the text
	 * @return the escaped text
	 */
	static String lucene(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		int wordStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (Character.isISOControl(c)) {
				c = ' ';
			}
			if (isLuceneWhitespace(c)) {
				if (i > wordStart) {
					appendWord(escaped, text.substring(wordStart, i));
				}
				if (i < text.length()) {
					escaped.append(c);
				}
				wordStart = i + 1;
			}
		}
		return escaped.toString();
	}

	private static void appendWord(StringBuilder escaped, String word) {
		// AND, OR and NOT on their own are Lucene operators; an escaped first letter
		// makes them a plain term (Lucene reads "\A" as "A")
		if (word.equalsIgnoreCase("AND") || word.equalsIgnoreCase("OR") || word.equalsIgnoreCase("NOT")) {
			escaped.append('\\');
		}
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (LUCENE_SPECIALS.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
	}

	private static boolean isLuceneWhitespace(char c) {
		return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/**
	 * Formats an instant as CQL's {@code "yyyy-MM-dd HH:mm"} in a time zone.
	 * @param instant the instant, whole minutes
	 * @param zone the zone Confluence reads the date in
	 * @return the quoted literal
	 */
	static String dateTime(Instant instant, ZoneId zone) {
		// checked before converting: far instants do not fit a LocalDateTime
		Assert.isTrue(!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST),
				() -> "A CQL date lies in the years 1 to 9999, not " + instant);
		LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
		Assert.isTrue(local.getYear() >= 1 && local.getYear() <= 9999,
				() -> "A CQL date lies in the years 1 to 9999, not " + instant);
		return quote(local.truncatedTo(ChronoUnit.MINUTES).format(DATE_TIME));
	}

	/**
	 * Checks a numeric content id and returns it as a CQL number.
	 * @param id the id
	 * @param what what the id is, for the error message
	 * @return the id
	 */
	static String id(String id, String what) {
		Assert.notNull(id, () -> what + " must not be null");
		Assert.isTrue(!id.isEmpty() && id.length() <= 19 && id.chars().allMatch((c) -> c >= '0' && c <= '9'),
				() -> what + " is numeric, not '" + id + "'");
		return id;
	}

	private static void checkText(String value, String what) {
		Assert.notNull(value, () -> what + " must not be null");
		Assert.isTrue(!value.isBlank(), () -> what + " must not be blank");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean paired = Character.isHighSurrogate(c)
					? (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i)))
					: !Character.isLowSurrogate(c);
			// an unpaired surrogate has no UTF-8 form: the URL encoder would send '?',
			// which Lucene reads as a wildcard
			Assert.isTrue(paired, () -> what + " must be valid UTF-16 (it holds an unpaired surrogate)");
		}
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 8).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.append('"').toString();
	}

}
