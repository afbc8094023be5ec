package io.github.springconfluence.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * A link that Confluence returned (a {@code next} page), rewritten as a URI template
 * relative to the site root with its query values as variables. Requested this way, the
 * link is observed under its path template ({@code /wiki/api/v2/spaces}) instead of an
 * untemplated URI, and a cursor never becomes a metric tag.
 *
 * @param template the template, such as
 * {@code /wiki/api/v2/spaces?cursor={p0}&limit={p1}}
 * @param variables the decoded query values, encoded again when the template is expanded
 */
record LinkTemplate(String template, List<String> variables) {

	/**
	 * Compiled once: {@code String.matches} compiled it for every parameter of every
	 * page.
	 */
	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

	/**
	 * Rewrites a resolved link, or returns {@code null} when it cannot be rewritten
	 * without risk of changing it (braces, a raw {@code +}, which servers may read as a
	 * space, or a path outside the root); it is then requested as it is.
	 * @param link the absolute link, on the configured origin
	 * @param root the configured root
	 * @return the template, or {@code null}
	 */
	static @Nullable LinkTemplate of(URI link, URI root) {
		String path = link.getRawPath();
		String prefix = root.getRawPath();
		if (path == null || !path.startsWith(prefix + "/") || path.contains("{") || path.contains("}")
				|| path.contains("%")) {
			return null;
		}
		StringBuilder template = new StringBuilder(path.substring(prefix.length()));
		List<String> variables = new ArrayList<>();
		String query = link.getRawQuery();
		if (query != null && !query.isEmpty()) {
			if (query.contains("+") || query.contains("{") || query.contains("}")) {
				return null;
			}
			char separator = '?';
			for (String parameter : query.split("&")) {
				int equals = parameter.indexOf('=');
				String name = (equals < 0) ? parameter : parameter.substring(0, equals);
				if (!PARAMETER_NAME.matcher(name).matches()) {
					return null;
				}
				template.append(separator).append(name);
				if (equals >= 0) {
					template.append("={p").append(variables.size()).append('}');
					variables.add(UriUtils.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8));
				}
				separator = '&';
			}
		}
		return new LinkTemplate(template.toString(), List.copyOf(variables));
	}

}
