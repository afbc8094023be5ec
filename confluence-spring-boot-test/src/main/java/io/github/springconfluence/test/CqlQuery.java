package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.springconfluence.test.CqlLexer.Token;
import io.github.springconfluence.test.CqlLexer.Type;

/**
 * A CQL query the fake's search can evaluate: its condition, its order, the phrases to
 * mark in results, and whether spaces are searched.
 *
 * <p>
 * {@link #parse(String)} reads the grammar Confluence documents, with its precedence:
 * {@code NOT} binds tightest, then {@code AND}, then {@code OR}; parentheses group. <pre>
 * query    := or [ORDER BY key ("," key)*]
 * or       := and (OR and)*
 * and      := not (AND not)*
 * not      := NOT not | "(" or ")" | clause
 * clause   := field operator value | field [NOT] IN "(" value ("," value)* ")"
 * key      := field [ASC | DESC]
 * </pre> As Confluence documents ("a negative expression cannot be the first clause in a
 * CQL statement"), a query whose first clause is negative ({@code NOT}, {@code !=},
 * {@code !~}, {@code not in}) is refused.
 *
 * <p>
 * Spaces are results only of a query that names the type {@code space} in a
 * {@code type =} or {@code type in} clause; otherwise only content (pages and
 * attachments) is searched, so that {@code space = "ENG"} lists the space's content, not
 * the space.
 *
 * @param condition the condition
 * @param order the order of the results
 * @param highlights the normalised phrases of the {@code ~} clauses on {@code title} and
 * {@code text} that are not negated, to mark in titles and excerpts
 * @param searchesSpaces whether spaces are candidates
 */
record CqlQuery(CqlCondition condition, Comparator<SearchEntity> order, List<String> highlights,
		boolean searchesSpaces) {

	/**
	 * Parses a query.
	 * @throws CqlParseException when it is not CQL the fake can evaluate
	 */
	static CqlQuery parse(String cql) {
		return new Parser(CqlLexer.tokenize(cql)).query();
	}

	boolean matches(SearchEntity entity) {
		return condition.matches(entity);
	}

	/** A recursive-descent parser over the tokens of one query. */
	private static final class Parser {

		private final List<Token> tokens;

		private int position;

		private int clauses;

		private final List<String> highlights = new ArrayList<>();

		private boolean searchesSpaces;

		Parser(List<Token> tokens) {
			this.tokens = tokens;
		}

		CqlQuery query() {
			CqlCondition condition = or(false);
			SearchOrder order = new SearchOrder();
			if (peekKeyword("ORDER")) {
				next();
				expectKeyword("BY");
				do {
					Token field = next();
					if (field.type() != Type.WORD) {
						throw new CqlParseException("Expected a field to order by, got " + field);
					}
					boolean descending = false;
					if (peekKeyword("ASC") || peekKeyword("DESC")) {
						descending = next().isKeyword("DESC");
					}
					order.add(field.text(), descending);
				}
				while (accept(Type.COMMA));
			}
			if (position != tokens.size()) {
				throw new CqlParseException("Unexpected " + tokens.get(position));
			}
			return new CqlQuery(condition, order.comparator(), List.copyOf(highlights), searchesSpaces);
		}

		private CqlCondition or(boolean negated) {
			List<CqlCondition> operands = new ArrayList<>(List.of(and(negated)));
			while (peekKeyword("OR")) {
				next();
				operands.add(and(negated));
			}
			return operands.size() == 1 ? operands.get(0) : new CqlCondition.Any(List.copyOf(operands));
		}

		private CqlCondition and(boolean negated) {
			List<CqlCondition> operands = new ArrayList<>(List.of(not(negated)));
			while (peekKeyword("AND")) {
				next();
				operands.add(not(negated));
			}
			return operands.size() == 1 ? operands.get(0) : new CqlCondition.All(List.copyOf(operands));
		}

		private CqlCondition not(boolean negated) {
			if (peekKeyword("NOT")) {
				next();
				refuseNegativeFirst("NOT");
				return new CqlCondition.Not(not(!negated));
			}
			if (accept(Type.LPAREN)) {
				CqlCondition inner = or(negated);
				expect(Type.RPAREN);
				return inner;
			}
			return clause(negated);
		}

		private CqlCondition clause(boolean negated) {
			Token name = next();
			if (name.type() != Type.WORD) {
				throw new CqlParseException("Expected a field, got " + name);
			}
			CqlField field = CqlField.of(name.text());
			if (field == null) {
				throw new CqlParseException("Unknown field " + name.text());
			}
			Token operatorToken = next();
			String operator;
			List<String> values = new ArrayList<>();
			if (operatorToken.type() == Type.OPERATOR) {
				operator = operatorToken.text();
				values.add(value());
			}
			else if (operatorToken.isKeyword("IN") || operatorToken.isKeyword("NOT")) {
				if (operatorToken.isKeyword("NOT")) {
					expectKeyword("IN");
				}
				operator = operatorToken.isKeyword("NOT") ? "not in" : "in";
				expect(Type.LPAREN);
				do {
					values.add(value());
				}
				while (accept(Type.COMMA));
				expect(Type.RPAREN);
			}
			else {
				throw new CqlParseException("Expected an operator after " + name.text() + ", got " + operatorToken);
			}
			if (!field.takes(operator)) {
				throw new CqlParseException(field.cqlName() + " does not take the operator " + operator);
			}
			boolean negative = operator.startsWith("!") || operator.equals("not in");
			if (negative) {
				refuseNegativeFirst(operator);
			}
			clauses++;
			CqlCondition condition = field.clause(operator, values);
			if (condition instanceof CqlCondition.Contains contains && negated == negative) {
				// a ~ that is not negated (or !~ negated again): its phrase is what
				// matched
				highlights.add(contains.phrase());
			}
			if (field == CqlField.TYPE && (operator.equals("=") || operator.equals("in"))
					&& values.stream().anyMatch(value -> value.strip().toLowerCase(Locale.ROOT).equals("space"))) {
				searchesSpaces = true;
			}
			return condition;
		}

		private void refuseNegativeFirst(String what) {
			if (clauses == 0) {
				throw new CqlParseException("A negative expression (" + what + ") cannot be the first clause");
			}
		}

		private String value() {
			Token value = next();
			if (!value.isValue()) {
				throw new CqlParseException("Expected a value, got " + value);
			}
			return value.text();
		}

		private Token next() {
			if (position >= tokens.size()) {
				throw new CqlParseException("Unexpected end of the query");
			}
			return tokens.get(position++);
		}

		private boolean accept(Type type) {
			if (position < tokens.size() && tokens.get(position).type() == type) {
				position++;
				return true;
			}
			return false;
		}

		private void expect(Type type) {
			Token token = next();
			if (token.type() != type) {
				throw new CqlParseException("Expected " + type + ", got " + token);
			}
		}

		private boolean peekKeyword(String keyword) {
			return position < tokens.size() && tokens.get(position).isKeyword(keyword);
		}

		private void expectKeyword(String keyword) {
			Token token = next();
			if (!token.isKeyword(keyword)) {
				throw new CqlParseException("Expected " + keyword + ", got " + token);
			}
		}

	}

}
