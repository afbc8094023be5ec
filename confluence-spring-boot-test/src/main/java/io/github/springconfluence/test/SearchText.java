package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the fake's search compares and highlights text for {@code ~} and {@code !~}.
 *
 * <p>
 * Confluence hands a {@code ~} value to Lucene, which stems words and reads wildcards,
 * phrases and boolean operators. The fake does not: it removes Lucene's backslash escapes
 * (so that what the client's {@code CqlLiterals} escaped reads back as written) and then
 * looks for the whole value as one phrase, ignoring case ({@link Locale#ROOT} lower case)
 * and treating every run of whitespace, space separators and control characters as one
 * space. {@code title ~ "release notes"} therefore matches "Release Notes 2024" but not
 * "Notes on the release"; unescaped Lucene operators ({@code *}, {@code ?}, {@code AND},
 * quotes) are plain characters, not wildcards or operators.
 *
 * <p>
 * Matches are marked as Confluence marks them, {@code @@@hl@@@...@@@endhl@@@}, around
 * every occurrence in the original text (overlapping ones merged).
 */
final class SearchText {

	static final String HIGHLIGHT_START = "@@@hl@@@";

	static final String HIGHLIGHT_END = "@@@endhl@@@";

	/** The longest excerpt, in characters (before markers are added). */
	static final int EXCERPT_LENGTH = 300;

	// How much text an excerpt shows before a match that lies beyond EXCERPT_LENGTH.
	private static final int EXCERPT_LEAD = 100;

	private SearchText() {
	}

	/**
	 * Removes Lucene's escapes from a {@code ~} value: a backslash makes the next
	 * character plain.
	 * @throws CqlParseException for a backslash at the end, which Lucene cannot parse
	 */
	static String unescapeLucene(String value) {
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\') {
				if (i + 1 >= value.length()) {
					throw new CqlParseException("Dangling Lucene escape in " + value);
				}
				c = value.charAt(++i);
			}
			plain.append(c);
		}
		return plain.toString();
	}

	/** The phrase a {@code ~} value looks for, normalised; blank when it has no words. */
	static String phrase(String plain) {
		return Normalized.of(plain).text().strip();
	}

	/** Whether a text holds a normalised phrase. */
	static boolean contains(String text, String phrase) {
		return Normalized.of(text).text().contains(phrase);
	}

	/** Marks every occurrence of the phrases in a text. */
	static String highlight(String text, List<String> phrases) {
		if (phrases.isEmpty() || text.isEmpty()) {
			return text;
		}
		Normalized normalized = Normalized.of(text);
		List<int[]> ranges = new ArrayList<>();
		for (String phrase : phrases) {
			if (phrase.isEmpty()) {
				// would match everywhere, forever; the parser never makes one
				continue;
			}
			int from = 0;
			int at;
			while ((at = normalized.text().indexOf(phrase, from)) >= 0) {
				ranges.add(new int[] { normalized.startOf(at), normalized.endOf(at + phrase.length() - 1) });
				from = at + phrase.length();
			}
		}
		if (ranges.isEmpty()) {
			return text;
		}
		ranges.sort(Comparator.comparingInt(range -> range[0]));
		StringBuilder marked = new StringBuilder(text.length() + ranges.size() * 20);
		int written = 0;
		int start = ranges.get(0)[0];
		int end = ranges.get(0)[1];
		for (int[] range : ranges.subList(1, ranges.size())) {
			if (range[0] <= end) {
				end = Math.max(end, range[1]);
				continue;
			}
			written = mark(text, marked, written, start, end);
			start = range[0];
			end = range[1];
		}
		mark(text, marked, written, start, end);
		return marked.append(text, end, text.length()).toString();
	}

	private static int mark(String text, StringBuilder marked, int written, int start, int end) {
		marked.append(text, written, start).append(HIGHLIGHT_START).append(text, start, end).append(HIGHLIGHT_END);
		return end;
	}

	/**
	 * An excerpt of a plain text with its whitespace collapsed: its first
	 * {@link #EXCERPT_LENGTH} characters, or, when the first match of a phrase lies
	 * beyond them, the same length starting a little before that match; with every match
	 * in it marked. No ellipsis is added.
	 */
	static String excerpt(String plain, List<String> phrases) {
		String collapsed = plain.replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip();
		Normalized normalized = Normalized.of(collapsed);
		int first = -1;
		int firstEnd = 0;
		for (String phrase : phrases) {
			int at = normalized.text().indexOf(phrase);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
				firstEnd = normalized.endOf(at + phrase.length() - 1);
			}
		}
		int start = (first >= 0 && firstEnd > EXCERPT_LENGTH) ? Math.max(0, normalized.startOf(first) - EXCERPT_LEAD)
				: 0;
		int end = Math.min(collapsed.length(), start + EXCERPT_LENGTH);
		// never cut a surrogate pair in half
		if (start > 0 && Character.isLowSurrogate(collapsed.charAt(start))) {
			start++;
		}
		if (end < collapsed.length() && end > start && Character.isHighSurrogate(collapsed.charAt(end - 1))) {
			end--;
		}
		return highlight(collapsed.substring(start, Math.max(start, end)).strip(), phrases);
	}

	/**
	 * A text lower-cased and with whitespace runs collapsed, remembering for each of its
	 * characters the range of the original text it came from, so that matches found in it
	 * can be marked in the original.
	 */
	private record Normalized(String text, int[] starts, int[] ends) {

		static Normalized of(String original) {
			StringBuilder text = new StringBuilder(original.length());
			int[] starts = new int[original.length() * 3 + 1];
			int[] ends = new int[starts.length];
			int i = 0;
			while (i < original.length()) {
				int codePoint = original.codePointAt(i);
				int next = i + Character.charCount(codePoint);
				if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
						|| Character.isISOControl(codePoint)) {
					if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
						ends[text.length() - 1] = next;
					}
					else {
						append(text, starts, ends, " ", i, next);
					}
				}
				else {
					append(text, starts, ends, new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT), i,
							next);
				}
				i = next;
			}
			return new Normalized(text.toString(), starts, ends);
		}

		private static void append(StringBuilder text, int[] starts, int[] ends, String chars, int start, int end) {
			for (int k = 0; k < chars.length() && text.length() < starts.length; k++) {
				starts[text.length()] = start;
				ends[text.length()] = end;
				text.append(chars.charAt(k));
			}
		}

		int startOf(int index) {
			return starts[index];
		}

		int endOf(int index) {
			return ends[index];
		}

	}

}
