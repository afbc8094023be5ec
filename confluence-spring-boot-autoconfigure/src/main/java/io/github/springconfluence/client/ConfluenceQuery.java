package io.github.springconfluence.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Builds a URI template with query parameters, and its variables, for
 * {@link ConfluenceApiClient}: {@code /wiki/api/v2/pages?limit={limit}&id={id0},{id1}}
 * with {@code [250, "1", "2"]}.
 * <p>
 * Every value is a template variable, encoded strictly when the template is expanded, so
 * a value can never add a parameter or another list item. List values are joined by
 * literal commas, as Confluence takes lists; a value that contains a comma is refused.
 * The path stays a template, so metrics tag {@code /wiki/api/v2/pages}, never the values.
 */
public final class ConfluenceQuery {

	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

	private final StringBuilder template;

	private final List<Object> variables = new ArrayList<>();

	private char separator;

	private ConfluenceQuery(String path) {
		this.template = new StringBuilder(path);
		this.separator = path.contains("?") ? '&' : '?';
	}

	/**
	 * Starts a query on a path.
	 * @param path the path relative to the site root, such as {@code /wiki/api/v2/pages};
	 * it may hold template variables of its own, given first with
	 * {@link #pathVariables(Object...)}
	 * @return the builder
	 */
	public static ConfluenceQuery path(String path) {
		Assert.hasText(path, "path must not be blank");
		return new ConfluenceQuery(path);
	}

	/**
	 * Supplies the values of the path's own template variables, in order.
	 * @param values the values
	 * @return this builder
	 */
	public ConfluenceQuery pathVariables(Object... values) {
		Assert.state(this.variables.isEmpty(), "Give the path variables first, once");
		this.variables.addAll(List.of(values));
		return this;
	}

	/**
	 * Adds a parameter, or nothing when the value is {@code null}.
	 * @param name the parameter name
	 * @param value the value
	 * @return this builder
	 */
	public ConfluenceQuery param(String name, @Nullable Object value) {
		if (value != null) {
			append(name).append(nextVariable());
			this.variables.add(value);
		}
		return this;
	}

	/**
	 * Adds a comma-separated list parameter, or nothing when the list is empty.
	 * @param name the parameter name
	 * @param values the values; none may contain a comma
	 * @return this builder
	 */
	public ConfluenceQuery list(String name, Collection<?> values) {
		if (values.isEmpty()) {
			return this;
		}
		append(name);
		int i = 0;
		for (Object value : values) {
			Assert.notNull(value, () -> "A value of '" + name + "' must not be null");
			Assert.isTrue(!String.valueOf(value).contains(","),
					() -> "A value of '" + name + "' cannot contain ',': Confluence splits lists on commas");
			this.template.append((i > 0) ? "," : "").append(nextVariable());
			this.variables.add(value);
			i++;
		}
		return this;
	}

	/**
	 * Returns the URI template.
	 * @return the template
	 */
	public String template() {
		return this.template.toString();
	}

	/**
	 * Returns the template's variables, in order.
	 * @return the values
	 */
	public Object[] variables() {
		return this.variables.toArray();
	}

	private StringBuilder append(String name) {
		Assert.isTrue(PARAMETER_NAME.matcher(name).matches(), () -> "Not a parameter name: " + name);
		this.template.append(this.separator).append(name).append('=');
		this.separator = '&';
		return this.template;
	}

	/**
	 * Variables are expanded by position, so the name only has to be valid: {@code q0},
	 * {@code q1}, ... (the path's own variables come first).
	 */
	private String nextVariable() {
		return "{q" + this.variables.size() + "}";
	}

	@Override
	public String toString() {
		return template();
	}

}
