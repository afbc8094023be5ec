package io.github.springconfluence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small, independent reader of the CQL that {@link Cql} writes: it tokenizes the text
 * as Confluence's lexer would (quoted strings with backslash escapes, operators,
 * keywords, parentheses) and parses the boolean structure, so that tests can count the
 * clauses, fields and operators a query really has.
 */
final class CqlParser {

	private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "ORDER", "BY", "ASC", "DESC");

	private static final Set<String> OPERATORS = Set.of("=", "!=", "~", "!~", ">", ">=", "<", "<=");

	private final List<Token> tokens;

	private int position;

	private final List<Clause> clauses = new ArrayList<>();

	private final List<String> order = new ArrayList<>();

	private CqlParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	static Parsed parse(String cql) {
		CqlParser parser = new CqlParser(tokenize(cql));
		String tree = parser.orExpression();
		if (parser.peekKeyword("ORDER")) {
			parser.next();
			parser.expectKeyword("BY");
			do {
				Token field = parser.next();
				if (field.type != Type.WORD) {
					throw new IllegalStateException("Expected a field to order by, got " + field);
				}
				String key = field.text;
				if (parser.peekKeyword("ASC") || parser.peekKeyword("DESC")) {
					key += " " + parser.next().text.toUpperCase(Locale.ROOT);
				}
				parser.order.add(key);
			}
			while (parser.accept(Type.COMMA));
		}
		if (parser.position != parser.tokens.size()) {
			throw new IllegalStateException("Unexpected " + parser.tokens.get(parser.position) + " in " + cql);
		}
		return new Parsed(tree, List.copyOf(parser.clauses), List.copyOf(parser.order));
	}

	private String orExpression() {
		List<String> operands = new ArrayList<>(List.of(andExpression()));
		while (peekKeyword("OR")) {
			next();
			operands.add(andExpression());
		}
		return (operands.size() == 1) ? operands.get(0) : "(OR " + String.join(" ", operands) + ")";
	}

	private String andExpression() {
		List<String> operands = new ArrayList<>(List.of(notExpression()));
		while (peekKeyword("AND")) {
			next();
			operands.add(notExpression());
		}
		return (operands.size() == 1) ? operands.get(0) : "(AND " + String.join(" ", operands) + ")";
	}

	private String notExpression() {
		if (peekKeyword("NOT")) {
			next();
			return "(NOT " + notExpression() + ")";
		}
		if (accept(Type.LPAREN)) {
			String inner = orExpression();
			expect(Type.RPAREN);
			return inner;
		}
		return clause();
	}

	private String clause() {
		Token field = next();
		if (field.type != Type.WORD) {
			throw new IllegalStateException("Expected a field, got " + field);
		}
		Token operator = next();
		List<String> values = new ArrayList<>();
		String op;
		if (operator.type == Type.OPERATOR) {
			op = operator.text;
			values.add(value());
		}
		else if (operator.isKeyword("IN") || operator.isKeyword("NOT")) {
			op = operator.isKeyword("NOT") ? "not in" : "in";
			if (operator.isKeyword("NOT")) {
				expectKeyword("IN");
			}
			expect(Type.LPAREN);
			do {
				values.add(value());
			}
			while (accept(Type.COMMA));
			expect(Type.RPAREN);
		}
		else {
			throw new IllegalStateException("Expected an operator, got " + operator);
		}
		Clause clause = new Clause(field.text, op, List.copyOf(values));
		this.clauses.add(clause);
		return field.text + op.replace(' ', '_');
	}

	private String value() {
		Token value = next();
		if (value.type != Type.STRING && value.type != Type.NUMBER) {
			throw new IllegalStateException("Expected a value, got " + value);
		}
		return value.text;
	}

	private Token next() {
		if (this.position >= this.tokens.size()) {
			throw new IllegalStateException("Unexpected end of the query");
		}
		return this.tokens.get(this.position++);
	}

	private boolean accept(Type type) {
		if (this.position < this.tokens.size() && this.tokens.get(this.position).type == type) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(Type type) {
		Token token = next();
		if (token.type != type) {
			throw new IllegalStateException("Expected " + type + ", got " + token);
		}
	}

	private boolean peekKeyword(String keyword) {
		return this.position < this.tokens.size() && this.tokens.get(this.position).isKeyword(keyword);
	}

	private void expectKeyword(String keyword) {
		Token token = next();
		if (!token.isKeyword(keyword)) {
			throw new IllegalStateException("Expected " + keyword + ", got " + token);
		}
	}

	static List<Token> tokenize(String cql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < cql.length()) {
			char c = cql.charAt(i);
			if (c == ' ') {
				i++;
			}
			else if (c == '(') {
				tokens.add(new Token(Type.LPAREN, "("));
				i++;
			}
			else if (c == ')') {
				tokens.add(new Token(Type.RPAREN, ")"));
				i++;
			}
			else if (c == ',') {
				tokens.add(new Token(Type.COMMA, ","));
				i++;
			}
			else if (c == '"') {
				StringBuilder value = new StringBuilder();
				i++;
				while (true) {
					if (i >= cql.length()) {
						throw new IllegalStateException("Unterminated string in " + cql);
					}
					char d = cql.charAt(i);
					if (d == '\\') {
						if (i + 1 >= cql.length()) {
							throw new IllegalStateException("Dangling backslash in " + cql);
						}
						char escaped = cql.charAt(i + 1);
						if (escaped != '"' && escaped != '\\') {
							throw new IllegalStateException("Unknown CQL escape \\" + escaped);
						}
						value.append(escaped);
						i += 2;
					}
					else if (d == '"') {
						i++;
						break;
					}
					else {
						value.append(d);
						i++;
					}
				}
				tokens.add(new Token(Type.STRING, value.toString()));
			}
			else if ("=!~<>".indexOf(c) >= 0) {
				String two = (i + 1 < cql.length()) ? cql.substring(i, i + 2) : "";
				String op = OPERATORS.contains(two) ? two : String.valueOf(c);
				if (!OPERATORS.contains(op)) {
					throw new IllegalStateException("Unknown operator " + op);
				}
				tokens.add(new Token(Type.OPERATOR, op));
				i += op.length();
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < cql.length() && Character.isDigit(cql.charAt(i))) {
					i++;
				}
				tokens.add(new Token(Type.NUMBER, cql.substring(start, i)));
			}
			else if (Character.isLetter(c)) {
				int start = i;
				while (i < cql.length() && (Character.isLetterOrDigit(cql.charAt(i)) || cql.charAt(i) == '.')) {
					i++;
				}
				String word = cql.substring(start, i);
				tokens
					.add(new Token(KEYWORDS.contains(word.toUpperCase(Locale.ROOT)) ? Type.KEYWORD : Type.WORD, word));
			}
			else {
				throw new IllegalStateException("Unexpected character '" + c + "' outside a string in " + cql);
			}
		}
		return tokens;
	}

	/**
	 * Reads a value that Confluence hands to Lucene: checks that every Lucene operator
	 * character is escaped and that no word is a bare Lucene operator, and returns the
	 * words Lucene searches for.
	 * @param escaped the Lucene query text
	 * @return the text with Lucene's escapes removed
	 */
	static String luceneTerms(String escaped) {
		String specials = "+-&|!(){}[]^\"~*?:\\/";
		StringBuilder terms = new StringBuilder();
		for (String word : escaped.split("[\\s\\p{Z}]", -1)) {
			if (Set.of("AND", "OR", "NOT").contains(word.toUpperCase(Locale.ROOT))) {
				throw new IllegalStateException("Bare Lucene operator '" + word + "' in " + escaped);
			}
		}
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == '\\') {
				if (i + 1 >= escaped.length()) {
					throw new IllegalStateException("Dangling Lucene escape in " + escaped);
				}
				terms.append(escaped.charAt(++i));
			}
			else if (specials.indexOf(c) >= 0) {
				throw new IllegalStateException("Unescaped Lucene operator '" + c + "' in " + escaped);
			}
			else if (Character.isISOControl(c)) {
				throw new IllegalStateException("Control character in " + escaped);
			}
			else {
				terms.append(c);
			}
		}
		return terms.toString();
	}

	enum Type {

		LPAREN, RPAREN, COMMA, OPERATOR, STRING, NUMBER, WORD, KEYWORD

	}

	record Token(Type type, String text) {

		boolean isKeyword(String keyword) {
			return this.type == Type.KEYWORD && this.text.equalsIgnoreCase(keyword);
		}

	}

	record Clause(String field, String operator, List<String> values) {

	}

	/**
	 * A parsed query.
	 *
	 * @param tree the boolean structure, such as {@code (AND (OR type= space=) label=)}
	 * @param clauses every clause, in order
	 * @param order the {@code ORDER BY} keys
	 */
	record Parsed(String tree, List<Clause> clauses, List<String> order) {

	}

}
