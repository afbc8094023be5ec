package io.github.springconfluence.client;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Finds the link to the next page: {@code _links.next} in the body, or else the
 * {@code Link: <...>; rel="next"} header that Confluence's v2 API also sends.
 */
final class NextLinks {

	private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");

	private static final Pattern REL_NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?",
			Pattern.CASE_INSENSITIVE);

	private NextLinks() {
	}

	/**
	 * Returns the raw next link.
	 * @param bodyNext {@code _links.next} from the body, if present
	 * @param headers the response headers
	 * @return the link as Confluence sent it, or {@code null} on the last page
	 */
	static @Nullable String next(@Nullable String bodyNext, HttpHeaders headers) {
		if (bodyNext != null && !bodyNext.isBlank()) {
			return bodyNext.trim();
		}
		List<String> values = headers.get(HttpHeaders.LINK);
		if (values == null) {
			return null;
		}
		for (String value : values) {
			Matcher link = LINK.matcher(value);
			while (link.find()) {
				Matcher rel = REL_NEXT.matcher(link.group(2));
				while (rel.find()) {
					for (String relation : rel.group(1).trim().split("\\s+")) {
						if (relation.equalsIgnoreCase("next") && !link.group(1).isBlank()) {
							return link.group(1).trim();
						}
					}
				}
			}
		}
		return null;
	}

}
