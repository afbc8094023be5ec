package io.github.springconfluence.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A parsed query string that also remembers its raw {@code name=value} pairs, because
 * next-page links must repeat the caller's parameters exactly as they were encoded.
 */
final class QueryParams {

	private final List<String> rawPairs;

	private final Map<String, List<String>> values;

	private QueryParams(List<String> rawPairs, Map<String, List<String>> values) {
		this.rawPairs = rawPairs;
		this.values = values;
	}

	static QueryParams parse(@Nullable String rawQuery) {
		List<String> rawPairs = new ArrayList<>();
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				rawPairs.add(pair);
				int eq = pair.indexOf('=');
				String name = decode(eq < 0 ? pair : pair.substring(0, eq));
				String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
				values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
		}
		return new QueryParams(rawPairs, values);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape is the client's problem; keep the text rather than
			// failing the request.
			return text;
		}
	}

	/** The first value of a parameter, or null. */
	@Nullable String first(String name) {
		List<String> list = values.get(name);
		return (list == null || list.isEmpty()) ? null : list.get(0);
	}

	/** The distinct parameter names, in order of first appearance. */
	Set<String> names() {
		return values.keySet();
	}

	/**
	 * Every value of a parameter as sent, repeated ones included, without splitting at
	 * commas.
	 */
	List<String> all(String name) {
		return values.getOrDefault(name, List.of());
	}

	/**
	 * All values of a parameter, repeated or comma-separated, trimmed, without blanks, in
	 * order.
	 */
	Set<String> list(String name) {
		List<String> list = values.getOrDefault(name, List.of());
		Set<String> result = new LinkedHashSet<>();
		for (String value : list) {
			for (String item : value.split(",")) {
				if (!item.isBlank()) {
					result.add(item.trim());
				}
			}
		}
		return result;
	}

	/**
	 * The raw pairs except those whose name is in {@code excluded}, joined with
	 * {@code &}.
	 */
	String rawPairsExcept(Set<String> excluded) {
		return rawPairs.stream()
			.filter(pair -> !excluded
				.contains(decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair)))
			.collect(Collectors.joining("&"));
	}

}
