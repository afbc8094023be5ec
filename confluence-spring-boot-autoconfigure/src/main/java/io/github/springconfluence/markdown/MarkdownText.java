package io.github.springconfluence.markdown;

/**
 * Escaping for the Markdown that {@link StorageToMarkdown} writes: text from a page must
 * read as the same text, never as Markdown syntax.
 */
final class MarkdownText {

	private static final String ALWAYS_ESCAPED = "\\`*[]<>|~";

	private static final String ESCAPED_AT_LINE_START = "#+-=>";

	private MarkdownText() {
	}

	/**
	 * Escapes one word (no whitespace inside).
	 * @param word the text
	 * @param atLineStart whether the word starts a line, where block syntax ({@code #},
	 * {@code -}, {@code 1.}) would apply
	 */
	static String escapeWord(String word, boolean atLineStart) {
		StringBuilder out = new StringBuilder(word.length() + 8);
		int digits = 0;
		while (atLineStart && digits < word.length() && Character.isDigit(word.charAt(digits))) {
			digits++;
		}
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
				out.append('\\');
			}
			else if (i == 0 && atLineStart && ESCAPED_AT_LINE_START.indexOf(c) >= 0) {
				out.append('\\');
			}
			else if (digits > 0 && i == digits && (c == '.' || c == ')')) {
				// "2024. was a year" must not start an ordered list.
				out.append('\\');
			}
			else if (c == '_' && !(i > 0 && i + 1 < word.length() && Character.isLetterOrDigit(word.charAt(i - 1))
					&& Character.isLetterOrDigit(word.charAt(i + 1)))) {
				// Inside a word (snake_case) an underscore cannot start emphasis.
				out.append('\\');
			}
			else if (c == '&' && i + 1 < word.length()
					&& (Character.isLetter(word.charAt(i + 1)) || word.charAt(i + 1) == '#')) {
				// "&amp;" written as text must not become "&".
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * A code span holding the text, fenced with more backticks than any run inside.
	 */
	static String codeSpan(String code) {
		String text = code.replace('\n', ' ').replace('\r', ' ');
		if (text.isBlank()) {
			return "";
		}
		String fence = "`".repeat(longestRun(text, '`') + 1);
		boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" "));
		return pad ? fence + " " + text + " " + fence : fence + text + fence;
	}

	/**
	 * A fenced code block, its fence longer than any backtick run in the code.
	 */
	static String fencedBlock(String code, String language) {
		String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
		String body = code.replace("\r\n", "\n").replace('\r', '\n');
		if (!body.isEmpty() && !body.endsWith("\n")) {
			body += "\n";
		}
		return fence + language + "\n" + body + fence;
	}

	/**
	 * A link destination that Markdown reads back as the same URL.
	 */
	static String destination(String url) {
		StringBuilder out = new StringBuilder(url.length() + 8);
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			switch (c) {
				case ' ' -> out.append("%20");
				case '<' -> out.append("%3C");
				case '>' -> out.append("%3E");
				case '(', ')', '\\' -> out.append('\\').append(c);
				default -> {
					if (c > ' ' && c != 0x7F) {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** The language of a code fence, without anything that could end the info string. */
	static String language(String language) {
		return language.strip().replaceAll("[^A-Za-z0-9_+#.\\-]", "");
	}

	private static int longestRun(String text, char c) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = (text.charAt(i) == c) ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

}
