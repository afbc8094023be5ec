package io.github.springconfluence.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders one parsed storage document as Markdown; one instance per conversion. Every
 * element is mapped by name: what is not known keeps its text and loses its tag, so no
 * Confluence markup reaches the output.
 */
final class StorageRenderer {

	/**
	 * Past this element nesting a subtree is written as its plain text, gathered without
	 * recursion: hostile input (thousands of nested lists) cannot overflow the stack.
	 */
	static final int MAX_DEPTH = 100;

	/** The most columns a Markdown table gets; a wider table becomes lines of text. */
	static final int MAX_COLUMNS = 1000;

	static final String UNKNOWN_USER = "@unknown-user";

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"table", "blockquote", "pre", "hr", "section", "article", "header", "footer", "main", "aside", "nav", "dl",
			"dt", "dd", "figure", "details", "center", "ac:task-list", "ac:layout", "ac:layout-section",
			"ac:layout-cell", "ac:rich-text-body", "ac:plain-text-body", "ac:adf-extension", "ac:adf-node",
			"ac:adf-content", "ac:adf-fallback", StorageToMarkdown.ROOT);

	private static final Set<String> INLINE_MACROS = Set.of("status", "anchor", "jira", "mention", "date");

	/** Elements whose content is never text of the page. */
	private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title",
			"ac:parameter", "ac:default-parameter", "ac:task-id", "ac:task-uuid", "ac:task-status", "ac:emoticon",
			"ac:placeholder", "ac:adf-attribute");

	private final Map<String, String> displayNames;

	private int depth;

	private boolean inCell;

	private boolean inLink;

	private int emphasis;

	private int strong;

	StorageRenderer(Map<String, String> displayNames) {
		this.displayNames = displayNames;
	}

	String render(Node root) {
		String markdown = blocks(root, false);
		return markdown.isEmpty() ? "" : markdown + "\n";
	}

	private enum Kind {

		PARAGRAPH, BULLETS, NUMBERS, OTHER

	}

	private record Block(String markdown, Kind kind) {
	}

	/** The children of a container as Markdown blocks, blank lines between them. */
	private String blocks(Node container, boolean tight) {
		return join(blockList(container), tight);
	}

	private List<Block> blockList(Node container) {
		List<Block> blocks = new ArrayList<>();
		InlineBuffer paragraph = newBuffer();
		Kind previousList = null;
		for (Node child : container.childNodes()) {
			if (child instanceof Element element && isBlock(element)) {
				addParagraph(blocks, paragraph);
				paragraph = newBuffer();
				Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
				// Two lists in a row would merge into one: the second takes the other
				// marker.
				Block block = block(element, usesDefaultMarker(last) ? last.kind() : null);
				if (block != null && !block.markdown().isBlank()) {
					blocks.add(block);
				}
			}
			else {
				inline(child, paragraph);
			}
		}
		addParagraph(blocks, paragraph);
		return blocks;
	}

	/**
	 * Whether a block is a list with the default marker ({@code -} or {@code 1.}), so
	 * that a list right after it must take the other one; after a list with the other
	 * marker the default one keeps them apart.
	 */
	private static boolean usesDefaultMarker(Block block) {
		if (block == null) {
			return false;
		}
		String markdown = block.markdown();
		if (block.kind() == Kind.BULLETS) {
			return markdown.startsWith("-");
		}
		if (block.kind() == Kind.NUMBERS) {
			int i = 0;
			while (i < markdown.length() && Character.isDigit(markdown.charAt(i))) {
				i++;
			}
			return i < markdown.length() && markdown.charAt(i) == '.';
		}
		return false;
	}

	private static void addParagraph(List<Block> blocks, InlineBuffer paragraph) {
		String markdown = paragraph.result();
		if (!markdown.isEmpty()) {
			blocks.add(new Block(markdown, Kind.PARAGRAPH));
		}
	}

	private String join(List<Block> blocks, boolean tight) {
		StringBuilder out = new StringBuilder();
		for (Block block : blocks) {
			if (out.length() > 0) {
				out.append(this.inCell ? "<br>" : (tight ? "\n" : "\n\n"));
			}
			out.append(block.markdown());
		}
		return out.toString();
	}

	private InlineBuffer newBuffer() {
		return new InlineBuffer(this.inCell ? "<br>" : "\\\n");
	}

	private boolean isBlock(Element element) {
		String name = element.normalName();
		if (name.equals("ac:structured-macro") || name.equals("ac:macro")) {
			return !INLINE_MACROS.contains(macroName(element));
		}
		return BLOCKS.contains(name);
	}

	private Block block(Element element, Kind previousList) {
		if (this.depth >= MAX_DEPTH) {
			return paragraphOfText(element);
		}
		this.depth++;
		try {
			return switch (element.normalName()) {
				case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element);
				case "ul" -> list(element, false, previousList == Kind.BULLETS);
				case "ol" -> list(element, true, previousList == Kind.NUMBERS);
				case "ac:task-list" -> tasks(element, previousList == Kind.BULLETS);
				case "table" -> table(element);
				case "blockquote" -> new Block(quote(blocks(element, false)), Kind.OTHER);
				case "pre" -> code(element.wholeText(), "");
				case "hr" -> new Block(this.inCell ? "" : "---", Kind.OTHER);
				case "ac:structured-macro", "ac:macro" -> macro(element);
				default -> {
					// A paragraph or a div of one block is that block, so that what
					// follows
					// (a panel's label, the next list) sees its kind.
					List<Block> inner = blockList(element);
					yield (inner.size() == 1) ? inner.get(0) : new Block(join(inner, false), Kind.OTHER);
				}
			};
		}
		finally {
			this.depth--;
		}
	}

	private Block heading(Element heading) {
		InlineBuffer buffer = new InlineBuffer(" ");
		inlineChildren(heading, buffer);
		String text = buffer.result();
		if (text.isEmpty()) {
			return null;
		}
		if (this.inCell) {
			return new Block("**" + text + "**", Kind.PARAGRAPH);
		}
		int level = heading.normalName().charAt(1) - '0';
		return new Block("#".repeat(level) + " " + escapeClosingSequence(text), Kind.OTHER);
	}

	/**
	 * A heading's text ending in {@code #} after a space would lose them as the closing
	 * sequence of an ATX heading: the first of them is escaped.
	 */
	private static String escapeClosingSequence(String text) {
		int start = text.length();
		while (start > 0 && text.charAt(start - 1) == '#') {
			start--;
		}
		if (start == text.length() || (start > 0 && text.charAt(start - 1) != ' ' && text.charAt(start - 1) != '\t')) {
			return text;
		}
		return text.substring(0, start) + "\\" + text.substring(start);
	}

	private Block list(Element list, boolean ordered, boolean alternate) {
		int number = ordered ? startOf(list) : 0;
		String bullet = alternate ? "*" : "-";
		String delimiter = alternate ? ")" : ".";
		List<String> items = new ArrayList<>();
		boolean loose = false;
		for (Element child : list.children()) {
			String name = child.normalName();
			if ((name.equals("ul") || name.equals("ol")) && !items.isEmpty()) {
				// A list nested directly in a list (no li around it) belongs to the item
				// above.
				Block nested = block(child, null);
				if (nested != null) {
					String last = items.remove(items.size() - 1);
					items.add(last + "\n"
							+ indent(nested.markdown(), markerOf(ordered, number - 1, bullet, delimiter).length() + 1));
				}
				continue;
			}
			if (DROPPED.contains(name)) {
				continue;
			}
			List<Block> content = blockList(child);
			long paragraphs = content.stream()
				.filter((block) -> block.kind() != Kind.BULLETS && block.kind() != Kind.NUMBERS)
				.count();
			loose |= paragraphs > 1
					|| !child.getElementsByTag("p").isEmpty() && child.child(0).normalName().equals("p");
			String marker = markerOf(ordered, number, bullet, delimiter);
			number++;
			items.add(item(marker, join(content, true)));
		}
		if (items.isEmpty()) {
			return null;
		}
		if (this.inCell) {
			return new Block(String.join("<br>", items), Kind.PARAGRAPH);
		}
		return new Block(String.join(loose ? "\n\n" : "\n", items), ordered ? Kind.NUMBERS : Kind.BULLETS);
	}

	private static String markerOf(boolean ordered, int number, String bullet, String delimiter) {
		return ordered ? number + delimiter : bullet;
	}

	private static int startOf(Element list) {
		try {
			return Math.max(0, Math.min(999_999_999, Integer.parseInt(list.attr("start").strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private String item(String marker, String content) {
		if (content.isEmpty()) {
			return marker;
		}
		if (this.inCell) {
			return marker + " " + content;
		}
		return marker + " " + indent(content, marker.length() + 1).substring(marker.length() + 1);
	}

	private static String indent(String markdown, int width) {
		String pad = " ".repeat(width);
		StringBuilder out = new StringBuilder(markdown.length() + 16);
		for (String line : markdown.split("\n", -1)) {
			if (out.length() > 0) {
				out.append('\n');
			}
			if (!line.isEmpty()) {
				out.append(pad).append(line);
			}
		}
		return out.toString();
	}

	private Block tasks(Element taskList, boolean alternate) {
		List<String> items = new ArrayList<>();
		String bullet = alternate ? "*" : "-";
		for (Element task : taskList.children()) {
			if (!task.normalName().equals("ac:task")) {
				continue;
			}
			boolean complete = false;
			Element body = null;
			for (Element part : task.children()) {
				if (part.normalName().equals("ac:task-status")) {
					complete = part.text().strip().equalsIgnoreCase("complete");
				}
				else if (part.normalName().equals("ac:task-body")) {
					body = part;
				}
			}
			String content = (body != null) ? blocks(body, true) : "";
			items.add(item(bullet + " " + (complete ? "[x]" : "[ ]"), content));
		}
		if (items.isEmpty()) {
			return null;
		}
		return new Block(String.join(this.inCell ? "<br>" : "\n", items), this.inCell ? Kind.PARAGRAPH : Kind.BULLETS);
	}

	private Block table(Element table) {
		List<List<String>> rows = new ArrayList<>();
		long cellCount = 0;
		boolean wasInCell = this.inCell;
		this.inCell = true;
		try {
			for (Element child : table.children()) {
				switch (child.normalName()) {
					case "tr" -> {
						rows.add(row(child));
						cellCount += cellsOf(child);
					}
					case "thead", "tbody", "tfoot" -> {
						for (Element row : child.children()) {
							if (row.normalName().equals("tr")) {
								rows.add(row(row));
								cellCount += cellsOf(row);
							}
						}
					}
					default -> {
						// colgroup, caption: no content of the grid.
					}
				}
			}
		}
		finally {
			this.inCell = wasInCell;
		}
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		if (columns == 0) {
			return null;
		}
		if (columns > MAX_COLUMNS || (long) rows.size() * columns > 8 * cellCount + 64) {
			// Colspans would make the grid far larger than the table's cells: its rows
			// as lines of text, so the output stays proportional to the input.
			List<String> lines = rows.stream()
				.map((cells) -> String.join(" \\| ", cells.stream().filter((cell) -> !cell.isEmpty()).toList()))
				.filter((line) -> !line.isEmpty())
				.toList();
			return lines.isEmpty() ? null : new Block(String.join("<br>", lines), Kind.PARAGRAPH);
		}
		if (wasInCell) {
			// A table in a table cell: its rows as lines, its cells separated by escaped
			// pipes.
			List<String> lines = rows.stream().map((cells) -> String.join(" \\| ", cells)).toList();
			return new Block(String.join("<br>", lines), Kind.PARAGRAPH);
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			appendRow(out, rows.get(i), columns);
			if (i == 0) {
				out.append('\n');
				appendRow(out, java.util.Collections.nCopies(columns, "---"), columns);
			}
			if (i + 1 < rows.size()) {
				out.append('\n');
			}
		}
		return new Block(out.toString(), Kind.OTHER);
	}

	private List<String> row(Element row) {
		List<String> cells = new ArrayList<>();
		for (Element cell : row.children()) {
			String name = cell.normalName();
			if (!name.equals("td") && !name.equals("th")) {
				continue;
			}
			cells.add(blocks(cell, false).replace("\n", "<br>"));
			int span = 1;
			try {
				span = Math.min(1000, Math.max(1, Integer.parseInt(cell.attr("colspan").strip())));
			}
			catch (NumberFormatException ex) {
				// no colspan
			}
			// Padding stops past the column limit: table() then writes the rows as text.
			for (int i = 1; i < span && cells.size() <= MAX_COLUMNS; i++) {
				cells.add("");
			}
		}
		return cells;
	}

	/** The cells a row holds, not counting the padding of colspans. */
	private static long cellsOf(Element row) {
		return row.children()
			.stream()
			.filter((cell) -> cell.normalName().equals("td") || cell.normalName().equals("th"))
			.count();
	}

	private static void appendRow(StringBuilder out, List<String> cells, int columns) {
		out.append('|');
		for (int i = 0; i < columns; i++) {
			String cell = i < cells.size() ? cells.get(i) : "";
			out.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
		}
	}

	private static String quote(String markdown) {
		if (markdown.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder(markdown.length() + 16);
		for (String line : markdown.split("\n", -1)) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append(line.isEmpty() ? ">" : "> " + line);
		}
		return out.toString();
	}

	private Block code(String code, String language) {
		if (this.inCell) {
			List<String> spans = code.lines().map(MarkdownText::codeSpan).filter((span) -> !span.isEmpty()).toList();
			return new Block(String.join("<br>", spans).replace("|", "\\|"), Kind.PARAGRAPH);
		}
		return new Block(MarkdownText.fencedBlock(code, MarkdownText.language(language)), Kind.OTHER);
	}

	private Block macro(Element macro) {
		String name = macroName(macro);
		switch (name) {
			case "code", "noformat" -> {
				Element body = childNamed(macro, "ac:plain-text-body");
				Block code = code(body == null ? "" : body.wholeText(), parameter(macro, "language"));
				String title = parameter(macro, "title");
				if (title.isBlank()) {
					return code;
				}
				// The title shows above the code on the page: a bold line before the
				// block.
				InlineBuffer buffer = newBuffer();
				buffer.text(title);
				Block heading = new Block("**" + buffer.result() + "**", Kind.PARAGRAPH);
				return new Block(join(List.of(heading, code), false), this.inCell ? Kind.PARAGRAPH : Kind.OTHER);
			}
			case "info", "note", "warning", "tip" -> {
				return panel(macro, Panel.forMacro(name).orElseThrow());
			}
			case "expand" -> {
				List<Block> blocks = new ArrayList<>();
				String title = parameter(macro, "title");
				if (!title.isBlank()) {
					InlineBuffer buffer = newBuffer();
					buffer.text(title);
					blocks.add(new Block("**" + buffer.result() + "**", Kind.PARAGRAPH));
				}
				blocks.addAll(bodies(macro));
				return new Block(join(blocks, false), Kind.OTHER);
			}
			default -> {
				List<Block> blocks = bodies(macro);
				return new Block(join(blocks, false), blocks.size() == 1 ? blocks.get(0).kind() : Kind.OTHER);
			}
		}
	}

	/**
	 * The readable bodies of a macro: rich text as blocks, plain text as a code block.
	 */
	private List<Block> bodies(Element macro) {
		List<Block> blocks = new ArrayList<>();
		for (Element child : macro.children()) {
			if (child.normalName().equals("ac:rich-text-body")) {
				blocks.addAll(blockList(child));
			}
			else if (child.normalName().equals("ac:plain-text-body") && !child.wholeText().isBlank()) {
				blocks.add(code(child.wholeText(), ""));
			}
		}
		return blocks;
	}

	private Block panel(Element macro, Panel panel) {
		List<Block> blocks = new ArrayList<>();
		String title = parameter(macro, "title");
		if (!title.isBlank()) {
			InlineBuffer buffer = newBuffer();
			buffer.text(title);
			blocks.add(new Block("**" + buffer.result() + "**", Kind.PARAGRAPH));
		}
		blocks.addAll(bodies(macro));
		String label = "**" + panel.label() + "**";
		if (this.inCell) {
			blocks.add(0, new Block(label, Kind.PARAGRAPH));
			return new Block(join(blocks, false), Kind.PARAGRAPH);
		}
		String body = join(blocks, false);
		// A first paragraph continues the label's line, as "> **Note**\n> text" is
		// written.
		String separator = blocks.isEmpty() ? "" : (blocks.get(0).kind() == Kind.PARAGRAPH ? "\n" : "\n\n");
		return new Block(quote(label + separator + body), Kind.OTHER);
	}

	private void inlineChildren(Node parent, InlineBuffer buffer) {
		for (Node child : parent.childNodes()) {
			inline(child, buffer);
		}
	}

	private void inline(Node node, InlineBuffer buffer) {
		if (node instanceof TextNode text) {
			buffer.text(text.getWholeText());
			return;
		}
		if (!(node instanceof Element element)) {
			// Comments, declarations: not text of the page.
			return;
		}
		String name = element.normalName();
		if (DROPPED.contains(name) || name.startsWith("ri:")) {
			return;
		}
		if (this.depth >= MAX_DEPTH) {
			buffer.text(" " + plainText(element) + " ");
			return;
		}
		this.depth++;
		try {
			inlineElement(element, name, buffer);
		}
		finally {
			this.depth--;
		}
	}

	private void inlineElement(Element element, String name, InlineBuffer buffer) {
		switch (name) {
			case "strong", "b" -> emphasis(element, buffer, true);
			case "em", "i", "cite" -> emphasis(element, buffer, false);
			case "code", "tt", "kbd", "samp" -> {
				String span = MarkdownText.codeSpan(element.wholeText());
				buffer.raw(this.inCell ? span.replace("|", "\\|") : span);
			}
			case "del", "s", "strike" -> wrap(element, buffer, "~~");
			case "br" -> buffer.lineBreak();
			case "a" -> link(element, buffer, element.attr("href").strip());
			case "img" -> image(buffer, element.attr("alt"), element.attr("src").strip());
			case "ac:link" -> confluenceLink(element, buffer);
			case "ac:image" -> confluenceImage(element, buffer);
			case "time" -> buffer.text(element.hasText() ? element.text() : element.attr("datetime"));
			case "ac:structured-macro", "ac:macro" -> inlineMacro(element, buffer);
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre" -> {
				// A block inside inline content: kept apart by spaces.
				buffer.space();
				inlineChildren(element, buffer);
				buffer.space();
			}
			case "td", "th" -> {
				buffer.space();
				inlineChildren(element, buffer);
				buffer.text(" ; ");
			}
			default -> inlineChildren(element, buffer);
		}
	}

	private void emphasis(Element element, InlineBuffer buffer, boolean isStrong) {
		// Nested emphasis of the same kind adds nothing (and "**" inside "*" would change
		// it).
		if (isStrong ? this.strong > 0 : this.emphasis > 0) {
			inlineChildren(element, buffer);
			return;
		}
		if (isStrong) {
			this.strong++;
		}
		else {
			this.emphasis++;
		}
		try {
			wrap(element, buffer, isStrong ? "**" : "*");
		}
		finally {
			if (isStrong) {
				this.strong--;
			}
			else {
				this.emphasis--;
			}
		}
	}

	private void wrap(Element element, InlineBuffer buffer, String marker) {
		InlineBuffer inner = buffer.child();
		inlineChildren(element, inner);
		String text = inner.result();
		if (inner.leadingSpace()) {
			buffer.space();
		}
		if (!text.isEmpty()) {
			buffer.raw(marker + text + marker);
		}
		if (inner.trailingSpace()) {
			buffer.space();
		}
	}

	private void link(Element element, InlineBuffer buffer, String href) {
		if (this.inLink || href.isEmpty() || !isSafeUrl(href)) {
			inlineChildren(element, buffer);
			return;
		}
		InlineBuffer inner = buffer.child();
		this.inLink = true;
		try {
			inlineChildren(element, inner);
		}
		finally {
			this.inLink = false;
		}
		writeLink(buffer, inner.result(), href);
	}

	private static void writeLink(InlineBuffer buffer, String text, String href) {
		if (text.isEmpty()) {
			InlineBuffer fallback = buffer.child();
			fallback.text(href);
			text = fallback.result();
		}
		buffer.raw("[" + text + "](" + MarkdownText.destination(href) + ")");
	}

	private void image(InlineBuffer buffer, String alt, String source) {
		if (source.isEmpty() || !isSafeUrl(source)) {
			buffer.text(alt);
			return;
		}
		InlineBuffer text = buffer.child();
		text.text(alt);
		buffer.raw("![" + text.result() + "](" + MarkdownText.destination(source) + ")");
	}

	private void confluenceLink(Element link, InlineBuffer buffer) {
		Element body = null;
		Element resource = null;
		for (Element child : link.children()) {
			String name = child.normalName();
			if (name.equals("ac:link-body") || name.equals("ac:plain-text-link-body")) {
				body = child;
			}
			else if (name.startsWith("ri:") && resource == null) {
				resource = child;
			}
		}
		InlineBuffer text = buffer.child();
		if (body != null) {
			if (body.normalName().equals("ac:plain-text-link-body")) {
				text.text(body.wholeText());
			}
			else {
				boolean wasInLink = this.inLink;
				this.inLink = true;
				try {
					inlineChildren(body, text);
				}
				finally {
					this.inLink = wasInLink;
				}
			}
		}
		String resourceName = (resource != null) ? resource.normalName() : "";
		switch (resourceName) {
			case "ri:user" -> {
				if (body == null) {
					String name = this.displayNames.get(attribute(resource, "ri:account-id"));
					buffer.text((name == null || name.isBlank()) ? UNKNOWN_USER : name);
				}
				else {
					buffer.raw(text.result());
				}
			}
			case "ri:attachment" -> {
				String filename = attribute(resource, "ri:filename");
				if (text.result().isEmpty()) {
					text.text(filename);
				}
				writeLink(buffer, text.result(), attachmentUrl(filename));
			}
			case "ri:url" -> {
				String url = attribute(resource, "ri:value");
				if (isSafeUrl(url) && !url.isEmpty()) {
					writeLink(buffer, text.result(), url);
				}
				else {
					buffer.raw(text.result());
				}
			}
			default -> {
				String title = text.result();
				if (title.isEmpty() && resource != null) {
					String fallback = attribute(resource, "ri:content-title");
					if (fallback.isEmpty()) {
						fallback = attribute(resource, "ri:space-key");
					}
					text.text(fallback);
					title = text.result();
				}
				buffer.raw(title);
			}
		}
	}

	private void confluenceImage(Element image, InlineBuffer buffer) {
		String alt = attribute(image, "ac:alt");
		if (alt.isEmpty()) {
			alt = attribute(image, "ac:title");
		}
		String source = "";
		for (Element child : image.children()) {
			if (child.normalName().equals("ri:attachment")) {
				String filename = attribute(child, "ri:filename");
				source = filename.isEmpty() ? "" : attachmentUrl(filename);
			}
			else if (child.normalName().equals("ri:url")) {
				source = attribute(child, "ri:value");
			}
		}
		if (source.isEmpty()) {
			buffer.text(alt);
		}
		else {
			image(buffer, alt, source);
		}
	}

	private void inlineMacro(Element macro, InlineBuffer buffer) {
		String name = macroName(macro);
		if (name.equals("status")) {
			buffer.text(parameter(macro, "title"));
			return;
		}
		if (name.equals("anchor")) {
			return;
		}
		if (name.equals("jira")) {
			// A single issue shows as its key; a JQL table has no text in storage.
			buffer.text(parameter(macro, "key"));
			return;
		}
		for (Element child : macro.children()) {
			if (child.normalName().equals("ac:rich-text-body")) {
				inlineChildren(child, buffer);
			}
			else if (child.normalName().equals("ac:plain-text-body")) {
				buffer.text(child.wholeText());
			}
		}
	}

	private Block paragraphOfText(Element element) {
		InlineBuffer buffer = newBuffer();
		buffer.text(plainText(element));
		String text = buffer.result();
		return text.isEmpty() ? null : new Block(text, Kind.PARAGRAPH);
	}

	/**
	 * The text of a subtree without what is never page text, walked without recursion.
	 */
	private static String plainText(Element root) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.filter(new NodeFilter() {

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof Element element) {
					String name = element.normalName();
					if (DROPPED.contains(name) || name.startsWith("ri:")) {
						return FilterResult.SKIP_ENTIRELY;
					}
					text.append(' ');
				}
				else if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				return FilterResult.CONTINUE;
			}

		}, root);
		return text.toString();
	}

	private static String macroName(Element macro) {
		return attribute(macro, "ac:name").strip().toLowerCase(Locale.ROOT);
	}

	private static String parameter(Element macro, String name) {
		for (Element child : macro.children()) {
			if (child.normalName().equals("ac:parameter") && attribute(child, "ac:name").equalsIgnoreCase(name)) {
				return child.text();
			}
		}
		return "";
	}

	private static Element childNamed(Element parent, String name) {
		for (Element child : parent.children()) {
			if (child.normalName().equals(name)) {
				return child;
			}
		}
		return null;
	}

	static String attribute(Element element, String name) {
		String value = element.attributes().getIgnoreCase(name);
		return value == null ? "" : value;
	}

	/**
	 * An attachment's file name as a relative URL: a name with a colon, or one that
	 * starts like a path from the root, gets a leading {@code ./} so that no part of it
	 * reads as a scheme or a host.
	 */
	private static String attachmentUrl(String filename) {
		if (filename.indexOf(':') >= 0 || filename.startsWith("/") || filename.startsWith("\\")) {
			return "./" + filename;
		}
		return filename;
	}

	private static boolean isSafeUrl(String url) {
		int colon = url.indexOf(':');
		int slash = url.indexOf('/');
		if (colon < 0 || (slash >= 0 && slash < colon)) {
			return true;
		}
		String scheme = url.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("ftp")
				|| scheme.equals("tel");
	}

}
