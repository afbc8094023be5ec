package io.github.springconfluence.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * The default title of the page a relative {@code .md} link points to: the file name
 * without its extension, percent-decoded, with dashes and underscores as spaces
 * ({@code docs/getting-started.md} is "getting started").
 */
final class PageTitles implements Function<String, Optional<String>> {

	static final PageTitles FROM_FILE_NAME = new PageTitles();

	private PageTitles() {
	}

	@Override
	public Optional<String> apply(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		String title = decode(name).replace('-', ' ').replace('_', ' ').strip();
		return title.isEmpty() ? Optional.empty() : Optional.of(title);
	}

	static String decode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A stray '%' is part of the name, not an escape.
			return text;
		}
	}

}
