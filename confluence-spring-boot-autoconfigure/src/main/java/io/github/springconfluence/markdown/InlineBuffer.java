package io.github.springconfluence.markdown;

/**
 * Collects the inline Markdown of one paragraph, heading or table cell: collapses
 * whitespace as HTML does and escapes text by its position on the line.
 */
final class InlineBuffer {

	private final String hardBreak;

	private final StringBuilder markdown = new StringBuilder();

	private boolean pendingSpace;

	private boolean leadingSpace;

	/**
	 * @param hardBreak what a line break becomes: a backslash and a newline in a
	 * paragraph, {@code <br>} in a table cell, a space in a heading
	 */
	InlineBuffer(String hardBreak) {
		this.hardBreak = hardBreak;
	}

	InlineBuffer child() {
		return new InlineBuffer(this.hardBreak);
	}

	void text(String text) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (isSpace(text.charAt(i))) {
				space();
				i++;
				continue;
			}
			int end = i;
			while (end < length && !isSpace(text.charAt(end))) {
				end++;
			}
			flushSpace();
			this.markdown.append(MarkdownText.escapeWord(text.substring(i, end), atLineStart()));
			i = end;
		}
	}

	/** Appends Markdown syntax as it is. */
	void raw(String markdown) {
		if (markdown.isEmpty()) {
			return;
		}
		flushSpace();
		if (markdown.charAt(0) == '[' && endsWithUnescapedBang()) {
			// "!" then "[" would read as an image.
			this.markdown.insert(this.markdown.length() - 1, '\\');
		}
		this.markdown.append(markdown);
	}

	private boolean endsWithUnescapedBang() {
		int end = this.markdown.length() - 1;
		if (end < 0 || this.markdown.charAt(end) != '!') {
			return false;
		}
		int backslashes = 0;
		while (end - 1 - backslashes >= 0 && this.markdown.charAt(end - 1 - backslashes) == '\\') {
			backslashes++;
		}
		return backslashes % 2 == 0;
	}

	void space() {
		if (this.markdown.length() == 0) {
			this.leadingSpace = true;
		}
		this.pendingSpace = true;
	}

	void lineBreak() {
		this.pendingSpace = false;
		if (this.markdown.length() > 0 && !atLineStart()) {
			this.markdown.append(this.hardBreak);
		}
	}

	boolean leadingSpace() {
		return this.leadingSpace;
	}

	boolean trailingSpace() {
		return this.pendingSpace;
	}

	/** The Markdown, without trailing line breaks (they would be literal backslashes). */
	String result() {
		String result = this.markdown.toString();
		while (!this.hardBreak.isBlank() && result.endsWith(this.hardBreak)) {
			result = result.substring(0, result.length() - this.hardBreak.length());
		}
		return result.strip();
	}

	private void flushSpace() {
		if (this.pendingSpace && this.markdown.length() > 0 && !atLineStart()) {
			this.markdown.append(' ');
		}
		this.pendingSpace = false;
	}

	private boolean atLineStart() {
		int length = this.markdown.length();
		return length == 0 || this.markdown.charAt(length - 1) == '\n';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}

}
