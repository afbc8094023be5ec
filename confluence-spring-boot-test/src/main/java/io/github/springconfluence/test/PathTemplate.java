package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A path like {@code /wiki/api/v2/pages/{id}/attachments}: literal segments and
 * {@code {name}} variables, each variable standing for exactly one non-empty segment, as
 * in the OpenAPI descriptions.
 */
final class PathTemplate {

	private final String text;

	private final List<String> segments;

	private PathTemplate(String text, List<String> segments) {
		this.text = text;
		this.segments = segments;
	}

	static PathTemplate of(String text) {
		if (!text.startsWith("/")) {
			throw new IllegalArgumentException("A path template starts with '/': " + text);
		}
		return new PathTemplate(text, List.of(text.substring(1).split("/", -1)));
	}

	/**
	 * The variables of a matching (decoded) path, in template order; null when the path
	 * does not match.
	 */
	@Nullable Map<String, String> match(String path) {
		String[] parts = path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
		if (parts.length != segments.size()) {
			return null;
		}
		Map<String, String> variables = null;
		for (int i = 0; i < parts.length; i++) {
			String segment = segments.get(i);
			if (isVariable(segment)) {
				if (parts[i].isEmpty()) {
					return null;
				}
				if (variables == null) {
					variables = new LinkedHashMap<>();
				}
				variables.put(segment.substring(1, segment.length() - 1), parts[i]);
			}
			else if (!segment.equals(parts[i])) {
				return null;
			}
		}
		return variables == null ? Map.of() : variables;
	}

	/**
	 * How many literal segments: a route with more literals wins over one with variables
	 * in their place.
	 */
	int literalCount() {
		return (int) segments.stream().filter(segment -> !isVariable(segment)).count();
	}

	List<String> variableNames() {
		List<String> names = new ArrayList<>();
		segments.stream().filter(PathTemplate::isVariable).forEach(s -> names.add(s.substring(1, s.length() - 1)));
		return names;
	}

	private static boolean isVariable(String segment) {
		return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
	}

	@Override
	public String toString() {
		return text;
	}

}
