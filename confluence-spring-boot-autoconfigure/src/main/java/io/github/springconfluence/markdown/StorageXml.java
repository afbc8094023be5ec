package io.github.springconfluence.markdown;

/**
 * Escaping for the storage XHTML that {@link MarkdownToStorage} writes: every piece of
 * user text goes through here, so the output is a well-formed XML fragment whatever the
 * Markdown holds.
 */
final class StorageXml {

	private StorageXml() {
	}

	/**
	 * Appends text content or an attribute value, escaped; characters that XML 1.0 cannot
	 * carry at all (most control characters, lone surrogates) are dropped.
	 */
	static void appendEscaped(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else if (isAllowed(c)) {
						out.append(c);
					}
				}
			}
		}
	}

	/**
	 * Appends a CDATA section holding the text; a {@code ]]>} inside is split across two
	 * sections, the only way CDATA can carry it.
	 */
	static void appendCdata(StringBuilder out, String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (isAllowed(c)) {
				clean.append(c);
			}
		}
		out.append("<![CDATA[").append(clean.toString().replace("]]>", "]]]]><![CDATA[>")).append("]]>");
	}

	private static boolean isAllowed(char c) {
		if (Character.isSurrogate(c)) {
			return false;
		}
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
