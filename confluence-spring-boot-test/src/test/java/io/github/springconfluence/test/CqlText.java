package io.github.springconfluence.test;

/**
 * Writes CQL literals exactly as the client's {@code CqlLiterals} does (a copy: this
 * module cannot depend on the client, which depends on it): values quoted with {@code \"}
 * and {@code \\} escaped, and {@code ~} values escaped for Lucene first (every Lucene
 * operator character, and {@code AND}, {@code OR}, {@code NOT} as words).
 */
final class CqlText {

	private static final String LUCENE_SPECIALS = "+-&|!(){}[]^\"~*?:\\/";

	private CqlText() {
	}

	/** A value compared with {@code =}, {@code !=} or {@code in}. */
	static String exact(String value) {
		return quote(value);
	}

	/** A value compared with {@code ~} or {@code !~}. */
	static String words(String text) {
		return quote(lucene(text));
	}

	private static String lucene(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		int wordStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (Character.isISOControl(c)) {
				c = ' ';
			}
			if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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
