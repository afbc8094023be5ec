package io.github.springconfluence.test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The words of a page body, for the fake's full-text search: storage XHTML with its tags
 * removed and its entities decoded ({@code CDATA} sections, as code macros hold, kept as
 * text), or the {@code text} of every node of an {@code atlas_doc_format} document.
 * Inline tags ({@code <strong>}, {@code <a>}, ...) vanish, so that {@code bo<b>ld</b>}
 * reads "bold"; every other tag separates words.
 */
final class StorageText {

	private static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn",
			"em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
			"sup", "time", "u", "var", "ac:link", "ac:plain-text-link-body", "ac:link-body", "ri:page", "ri:user",
			"ri:attachment", "ri:url", "ri:space");

	private StorageText() {
	}

	/** The plain text of a body in its representation. */
	static String plain(String representation, String body) {
		if (representation.equals("atlas_doc_format")) {
			try {
				StringBuilder text = new StringBuilder();
				adf(Json.read(body.getBytes(StandardCharsets.UTF_8)), text);
				return text.toString();
			}
			catch (JacksonException ex) {
				// Not JSON after all: its characters are all there is to search.
				return body;
			}
		}
		return storage(body);
	}

	private static void adf(JsonNode node, StringBuilder text) {
		if (node.isObject() && "text".equals(Json.text(node.path("type"))) && node.path("text").isString()) {
			text.append(node.path("text").stringValue());
			return;
		}
		JsonNode content = node.path("content");
		if (content.isArray()) {
			content.forEach(child -> adf(child, text));
			// a block (paragraph, heading, cell) ends a word
			text.append(' ');
		}
	}

	static String storage(String xhtml) {
		StringBuilder text = new StringBuilder(xhtml.length());
		int i = 0;
		while (i < xhtml.length()) {
			char c = xhtml.charAt(i);
			if (xhtml.startsWith("<![CDATA[", i)) {
				int end = xhtml.indexOf("]]>", i);
				int stop = end < 0 ? xhtml.length() : end;
				text.append(xhtml, i + "<![CDATA[".length(), stop);
				i = end < 0 ? stop : end + 3;
			}
			else if (xhtml.startsWith("<!--", i)) {
				int end = xhtml.indexOf("-->", i);
				i = end < 0 ? xhtml.length() : end + 3;
			}
			else if (c == '<') {
				int end = xhtml.indexOf('>', i);
				if (end < 0) {
					// not a tag: a lone '<' in lenient storage
					text.append(c);
					i++;
					continue;
				}
				if (!INLINE_TAGS.contains(tagName(xhtml.substring(i + 1, end)))) {
					text.append(' ');
				}
				i = end + 1;
			}
			else if (c == '&') {
				int end = xhtml.indexOf(';', i);
				String decoded = end < 0 || end - i > 10 ? null : entity(xhtml.substring(i + 1, end));
				if (decoded == null) {
					text.append(c);
					i++;
				}
				else {
					text.append(decoded);
					i = end + 1;
				}
			}
			else {
				text.append(c);
				i++;
			}
		}
		return text.toString();
	}

	private static String tagName(String inside) {
		String name = inside.startsWith("/") ? inside.substring(1) : inside;
		int end = 0;
		while (end < name.length() && !Character.isWhitespace(name.charAt(end)) && name.charAt(end) != '/') {
			end++;
		}
		return name.substring(0, end).toLowerCase(Locale.ROOT);
	}

	private static @Nullable String entity(String name) {
		switch (name) {
			case "amp":
				return "&";
			case "lt":
				return "<";
			case "gt":
				return ">";
			case "quot":
				return "\"";
			case "apos":
				return "'";
			case "nbsp":
				return "\u00A0";
			default:
				break;
		}
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
			}
			if (name.startsWith("#")) {
				return new String(Character.toChars(Integer.parseInt(name.substring(1))));
			}
		}
		catch (IllegalArgumentException ex) {
			// not a code point: left as written
		}
		return null;
	}

}
