package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits CQL into tokens as Confluence's lexer does: double- or single-quoted strings
 * whose only escapes are a backslash before the quote character and before a backslash
 * (what the client's {@code CqlLiterals} writes), unquoted words (letters, digits,
 * {@code . _ -}), the comparison operators, parentheses, commas and the keywords
 * {@code AND OR NOT IN ORDER BY ASC DESC} in any case. Anything else outside a string (a
 * bare {@code #}, {@code !}, {@code &}, {@code *}, ...) is a {@link CqlParseException},
 * as is an unterminated string or an unknown escape.
 */
final class CqlLexer {

	private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "ORDER", "BY", "ASC", "DESC");

	private static final Set<String> OPERATORS = Set.of("=", "!=", "~", "!~", ">", ">=", "<", "<=");

	private CqlLexer() {
	}

	/** What a token is. */
	enum Type {

		LPAREN, RPAREN, COMMA, OPERATOR, STRING, WORD, KEYWORD

	}

	/** One token: for strings, the text with quotes and escapes removed. */
	record Token(Type type, String text) {

		boolean isKeyword(String keyword) {
			return type == Type.KEYWORD && text.equalsIgnoreCase(keyword);
		}

		/** Whether the token can stand for a value: a string or an unquoted word. */
		boolean isValue() {
			return type == Type.STRING || type == Type.WORD;
		}

		@Override
		public String toString() {
			return type + " '" + text + "'";
		}

	}

	static List<Token> tokenize(String cql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < cql.length()) {
			char c = cql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(' || c == ')' || c == ',') {
				tokens.add(new Token(c == '(' ? Type.LPAREN : c == ')' ? Type.RPAREN : Type.COMMA, String.valueOf(c)));
				i++;
			}
			else if (c == '"' || c == '\'') {
				i = string(cql, i, tokens);
			}
			else if ("=!~<>".indexOf(c) >= 0) {
				String two = (i + 1 < cql.length()) ? cql.substring(i, i + 2) : "";
				String operator = OPERATORS.contains(two) ? two : String.valueOf(c);
				if (!OPERATORS.contains(operator)) {
					throw new CqlParseException("Unknown operator " + operator);
				}
				tokens.add(new Token(Type.OPERATOR, operator));
				i += operator.length();
			}
			else if (isWordChar(c)) {
				int start = i;
				while (i < cql.length() && isWordChar(cql.charAt(i))) {
					i++;
				}
				String word = cql.substring(start, i);
				tokens
					.add(new Token(KEYWORDS.contains(word.toUpperCase(Locale.ROOT)) ? Type.KEYWORD : Type.WORD, word));
			}
			else {
				throw new CqlParseException("Unexpected character '" + c + "' outside a string");
			}
		}
		return tokens;
	}

	/** Reads a quoted string starting at {@code start}; returns the index after it. */
	private static int string(String cql, int start, List<Token> tokens) {
		char quote = cql.charAt(start);
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (true) {
			if (i >= cql.length()) {
				throw new CqlParseException("Unterminated string");
			}
			char c = cql.charAt(i);
			if (c == '\\') {
				if (i + 1 >= cql.length()) {
					throw new CqlParseException("Unterminated string (dangling backslash)");
				}
				char escaped = cql.charAt(i + 1);
				if (escaped != quote && escaped != '\\') {
					throw new CqlParseException("Unknown escape \\" + escaped);
				}
				value.append(escaped);
				i += 2;
			}
			else if (c == quote) {
				tokens.add(new Token(Type.STRING, value.toString()));
				return i + 1;
			}
			else {
				value.append(c);
				i++;
			}
		}
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
	}

}
