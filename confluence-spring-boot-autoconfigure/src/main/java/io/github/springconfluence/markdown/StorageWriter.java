package io.github.springconfluence.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes one parsed Markdown document as storage XHTML; one instance per conversion.
 */
final class StorageWriter extends AbstractVisitor {

	/**
	 * Past this nesting, the rest of a subtree is written as plain text, so hostile input
	 * (thousands of nested quotes or lists) cannot overflow the stack.
	 */
	static final int MAX_DEPTH = 150;

	private static final Pattern TASK_MARKER = Pattern.compile("^\\[([ xX])\\][ \\t]+");

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)^<br\\s*/?>$");

	private final Function<String, String> pageTitle;

	private final StringBuilder out = new StringBuilder();

	private int depth;

	private int taskId;

	/** A text node whose first {@link #skipLength} characters are markup already used. */
	private Text skipIn;

	private int skipLength;

	StorageWriter(Function<String, String> pageTitle) {
		this.pageTitle = pageTitle;
	}

	String write(Node document) {
		visitChildren(document);
		return this.out.toString();
	}

	@Override
	protected void visitChildren(Node parent) {
		if (this.depth >= MAX_DEPTH) {
			appendPlainText(parent);
			return;
		}
		this.depth++;
		try {
			super.visitChildren(parent);
		}
		finally {
			this.depth--;
		}
	}

	@Override
	public void visit(Heading heading) {
		this.out.append("<h").append(heading.getLevel()).append('>');
		visitChildren(heading);
		this.out.append("</h").append(heading.getLevel()).append('>');
	}

	@Override
	public void visit(Paragraph paragraph) {
		boolean tight = paragraph.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list
				&& list.isTight();
		if (tight) {
			visitChildren(paragraph);
		}
		else {
			this.out.append("<p>");
			visitChildren(paragraph);
			this.out.append("</p>");
		}
	}

	@Override
	public void visit(BlockQuote blockQuote) {
		Optional<Panel> panel = panelOf(blockQuote);
		if (panel.isEmpty()) {
			this.out.append("<blockquote>");
			visitChildren(blockQuote);
			this.out.append("</blockquote>");
			return;
		}
		this.out.append("<ac:structured-macro ac:name=\"").append(panel.get().macroName()).append("\">");
		this.out.append("<ac:rich-text-body>");
		Paragraph first = (Paragraph) blockQuote.getFirstChild();
		Node rest = first.getFirstChild().getNext();
		while (rest != null && isBlank(rest)) {
			rest = rest.getNext();
		}
		if (rest != null) {
			if (rest instanceof Text text) {
				// "**Note**: text" keeps the text, not the colon.
				this.skipIn = text;
				this.skipLength = text.getLiteral().length() - text.getLiteral().replaceFirst("^[\\s:]+", "").length();
			}
			this.out.append("<p>");
			for (Node node = rest; node != null; node = node.getNext()) {
				node.accept(this);
			}
			this.out.append("</p>");
		}
		for (Node block = first.getNext(); block != null; block = block.getNext()) {
			block.accept(this);
		}
		this.out.append("</ac:rich-text-body></ac:structured-macro>");
	}

	@Override
	public void visit(BulletList list) {
		writeList(list, "ul");
	}

	@Override
	public void visit(OrderedList list) {
		writeList(list, "ol");
	}

	private void writeList(ListBlock list, String tag) {
		if (isTaskList(list)) {
			writeTaskList(list);
			return;
		}
		this.out.append('<').append(tag);
		if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
				&& ordered.getMarkerStartNumber() != 1) {
			this.out.append(" start=\"").append(ordered.getMarkerStartNumber()).append('"');
		}
		this.out.append('>');
		visitChildren(list);
		this.out.append("</").append(tag).append('>');
	}

	private void writeTaskList(ListBlock list) {
		this.out.append("<ac:task-list>");
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			Paragraph first = (Paragraph) item.getFirstChild();
			Text marker = (Text) first.getFirstChild();
			Matcher matcher = TASK_MARKER.matcher(marker.getLiteral());
			matcher.find();
			boolean complete = !matcher.group(1).equals(" ");
			this.out.append("<ac:task><ac:task-id>").append(++this.taskId).append("</ac:task-id>");
			this.out.append("<ac:task-status>")
				.append(complete ? "complete" : "incomplete")
				.append("</ac:task-status>");
			this.out.append("<ac:task-body>");
			this.skipIn = marker;
			this.skipLength = matcher.end();
			// The first paragraph is the task's text, inline as Confluence writes it.
			visitChildren(first);
			for (Node block = first.getNext(); block != null; block = block.getNext()) {
				block.accept(this);
			}
			this.out.append("</ac:task-body></ac:task>");
		}
		this.out.append("</ac:task-list>");
	}

	@Override
	public void visit(ListItem listItem) {
		this.out.append("<li>");
		visitChildren(listItem);
		this.out.append("</li>");
	}

	@Override
	public void visit(FencedCodeBlock codeBlock) {
		String info = codeBlock.getInfo() == null ? "" : codeBlock.getInfo().strip();
		String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
		writeCodeMacro(language, codeBlock.getLiteral());
	}

	@Override
	public void visit(IndentedCodeBlock codeBlock) {
		writeCodeMacro("", codeBlock.getLiteral());
	}

	private void writeCodeMacro(String language, String code) {
		this.out.append("<ac:structured-macro ac:name=\"code\">");
		if (!language.isEmpty()) {
			this.out.append("<ac:parameter ac:name=\"language\">");
			StorageXml.appendEscaped(this.out, language);
			this.out.append("</ac:parameter>");
		}
		this.out.append("<ac:plain-text-body>");
		// Markdown ends every code line with a newline; Confluence stores the code
		// without
		// the last one.
		StorageXml.appendCdata(this.out, code.endsWith("\n") ? code.substring(0, code.length() - 1) : code);
		this.out.append("</ac:plain-text-body></ac:structured-macro>");
	}

	@Override
	public void visit(ThematicBreak thematicBreak) {
		this.out.append("<hr/>");
	}

	@Override
	public void visit(HtmlBlock htmlBlock) {
		String html = htmlBlock.getLiteral();
		if (isCommentsOnly(html)) {
			return;
		}
		this.out.append("<p>");
		String[] lines = html.strip().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				this.out.append("<br/>");
			}
			StorageXml.appendEscaped(this.out, lines[i]);
		}
		this.out.append("</p>");
	}

	@Override
	public void visit(HtmlInline htmlInline) {
		String html = htmlInline.getLiteral();
		if (LINE_BREAK_TAG.matcher(html).matches()) {
			this.out.append("<br/>");
		}
		else if (!isCommentsOnly(html)) {
			StorageXml.appendEscaped(this.out, html);
		}
	}

	@Override
	public void visit(Text text) {
		String literal = text.getLiteral();
		if (text == this.skipIn) {
			literal = literal.substring(Math.min(this.skipLength, literal.length()));
			this.skipIn = null;
		}
		StorageXml.appendEscaped(this.out, literal);
	}

	@Override
	public void visit(Code code) {
		this.out.append("<code>");
		StorageXml.appendEscaped(this.out, code.getLiteral());
		this.out.append("</code>");
	}

	@Override
	public void visit(Emphasis emphasis) {
		this.out.append("<em>");
		visitChildren(emphasis);
		this.out.append("</em>");
	}

	@Override
	public void visit(StrongEmphasis strongEmphasis) {
		this.out.append("<strong>");
		visitChildren(strongEmphasis);
		this.out.append("</strong>");
	}

	@Override
	public void visit(SoftLineBreak softLineBreak) {
		this.out.append('\n');
	}

	@Override
	public void visit(HardLineBreak hardLineBreak) {
		this.out.append("<br/>");
	}

	@Override
	public void visit(Link link) {
		String destination = cleanUrl(link.getDestination());
		if (isPageLink(destination)) {
			int hash = destination.indexOf('#');
			String path = hash < 0 ? destination : destination.substring(0, hash);
			String anchor = hash < 0 ? "" : PageTitles.decode(destination.substring(hash + 1));
			this.out.append("<ac:link");
			if (!anchor.isEmpty()) {
				this.out.append(" ac:anchor=\"");
				StorageXml.appendEscaped(this.out, anchor);
				this.out.append('"');
			}
			this.out.append("><ri:page ri:content-title=\"");
			StorageXml.appendEscaped(this.out, this.pageTitle.apply(path));
			this.out.append("\"/>");
			if (link.getFirstChild() != null) {
				this.out.append("<ac:link-body>");
				visitChildren(link);
				this.out.append("</ac:link-body>");
			}
			this.out.append("</ac:link>");
		}
		else if (isSafeUrl(destination)) {
			this.out.append("<a href=\"");
			StorageXml.appendEscaped(this.out, destination);
			this.out.append("\">");
			visitChildren(link);
			this.out.append("</a>");
		}
		else {
			// javascript: and the like: the text stays, the link goes.
			visitChildren(link);
		}
	}

	@Override
	public void visit(Image image) {
		String destination = cleanUrl(image.getDestination());
		String alt = plainText(image);
		boolean web = destination.regionMatches(true, 0, "http://", 0, 7)
				|| destination.regionMatches(true, 0, "https://", 0, 8);
		boolean relative = !destination.isEmpty() && !SCHEME.matcher(destination).find()
				&& !destination.startsWith("//");
		if (!web && !relative) {
			StorageXml.appendEscaped(this.out, alt);
			return;
		}
		this.out.append("<ac:image");
		if (!alt.isEmpty()) {
			this.out.append(" ac:alt=\"");
			StorageXml.appendEscaped(this.out, alt);
			this.out.append('"');
		}
		if (image.getTitle() != null && !image.getTitle().isEmpty()) {
			this.out.append(" ac:title=\"");
			StorageXml.appendEscaped(this.out, image.getTitle());
			this.out.append('"');
		}
		this.out.append('>');
		if (web) {
			this.out.append("<ri:url ri:value=\"");
			StorageXml.appendEscaped(this.out, destination);
		}
		else {
			String path = destination.replaceFirst("[?#].*$", "");
			this.out.append("<ri:attachment ri:filename=\"");
			StorageXml.appendEscaped(this.out, PageTitles.decode(path.substring(path.lastIndexOf('/') + 1)));
		}
		this.out.append("\"/></ac:image>");
	}

	@Override
	public void visit(LinkReferenceDefinition definition) {
		// Already resolved into the links that use it.
	}

	@Override
	public void visit(CustomBlock customBlock) {
		if (customBlock instanceof TableBlock) {
			this.out.append("<table><tbody>");
			visitChildren(customBlock);
			this.out.append("</tbody></table>");
		}
		else {
			visitChildren(customBlock);
		}
	}

	@Override
	public void visit(CustomNode customNode) {
		if (customNode instanceof Strikethrough) {
			this.out.append("<del>");
			visitChildren(customNode);
			this.out.append("</del>");
		}
		else if (customNode instanceof TableRow) {
			this.out.append("<tr>");
			visitChildren(customNode);
			this.out.append("</tr>");
		}
		else if (customNode instanceof TableCell cell) {
			String tag = cell.isHeader() ? "th" : "td";
			this.out.append('<').append(tag).append('>');
			visitChildren(cell);
			this.out.append("</").append(tag).append('>');
		}
		else {
			// TableHead, TableBody: Confluence keeps every row in one tbody.
			visitChildren(customNode);
		}
	}

	private static Optional<Panel> panelOf(BlockQuote blockQuote) {
		if (blockQuote.getFirstChild() instanceof Paragraph paragraph
				&& paragraph.getFirstChild() instanceof StrongEmphasis strong
				&& strong.getFirstChild() instanceof Text label && label.getNext() == null) {
			Node after = strong.getNext();
			if (after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak
					|| (after instanceof Text text && text.getLiteral().matches("^[\\s:].*"))) {
				return Panel.forLabel(label.getLiteral());
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the HTML is one or more comments and whitespace only; a loop, not a regex,
	 * so that any number of comments costs no stack.
	 */
	private static boolean isCommentsOnly(String html) {
		int at = skipWhitespace(html, 0);
		if (!html.startsWith("<!--", at)) {
			return false;
		}
		while (html.startsWith("<!--", at)) {
			int end = html.indexOf("-->", at + 4);
			if (end < 0) {
				return false;
			}
			at = skipWhitespace(html, end + 3);
		}
		return at == html.length();
	}

	private static int skipWhitespace(String text, int from) {
		int at = from;
		while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		return at;
	}

	private static boolean isBlank(Node node) {
		return node instanceof SoftLineBreak || node instanceof HardLineBreak
				|| (node instanceof Text text && text.getLiteral().matches("[\\s:]*"));
	}

	private static boolean isTaskList(ListBlock list) {
		if (list.getFirstChild() == null) {
			return false;
		}
		for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
			if (!(item.getFirstChild() instanceof Paragraph paragraph)
					|| !(paragraph.getFirstChild() instanceof Text text)
					|| !TASK_MARKER.matcher(text.getLiteral()).find()) {
				return false;
			}
		}
		return true;
	}

	static boolean isPageLink(String destination) {
		if (destination.isEmpty() || destination.startsWith("//") || SCHEME.matcher(destination).find()) {
			return false;
		}
		String path = destination.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
		return path.endsWith(".md") || path.endsWith(".markdown");
	}

	/**
	 * The link target as it will be written: without characters XML cannot carry, C0
	 * controls and DEL, surrounding whitespace, and whitespace before the first colon, so
	 * the scheme is checked on exactly the string a browser would see.
	 */
	private static String cleanUrl(String destination) {
		StringBuilder clean = new StringBuilder(destination.length());
		for (int i = 0; i < destination.length(); i++) {
			char c = destination.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < destination.length()
					&& Character.isLowSurrogate(destination.charAt(i + 1))) {
				clean.append(c).append(destination.charAt(++i));
			}
			else if (c > 0x20 && c != 0x7F && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
				clean.append(c);
			}
			else if (c == ' ') {
				clean.append(c);
			}
		}
		String url = clean.toString().strip();
		int colon = url.indexOf(':');
		if (colon > 0) {
			String scheme = url.substring(0, colon);
			if (scheme.chars().noneMatch((c) -> c == '/' || c == '?' || c == '#')) {
				StringBuilder name = new StringBuilder(colon);
				scheme.codePoints()
					.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
					.forEach(name::appendCodePoint);
				url = name + url.substring(colon);
			}
		}
		return url;
	}

	private static boolean isSafeUrl(String destination) {
		Matcher scheme = SCHEME.matcher(destination);
		if (!scheme.find()) {
			return true;
		}
		String name = scheme.group().toLowerCase(Locale.ROOT);
		return name.equals("http:") || name.equals("https:") || name.equals("mailto:") || name.equals("ftp:");
	}

	private void appendPlainText(Node parent) {
		StorageXml.appendEscaped(this.out, plainText(parent));
	}

	/** The text of a subtree, walked without recursion. */
	private static String plainText(Node root) {
		StringBuilder text = new StringBuilder();
		Node node = root.getFirstChild();
		while (node != null) {
			if (node instanceof Text literal) {
				text.append(literal.getLiteral());
			}
			else if (node instanceof Code code) {
				text.append(code.getLiteral());
			}
			else if (node instanceof FencedCodeBlock code) {
				text.append(code.getLiteral());
			}
			else if (node instanceof IndentedCodeBlock code) {
				text.append(code.getLiteral());
			}
			else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
				text.append(' ');
			}
			if (node.getFirstChild() != null) {
				node = node.getFirstChild();
				continue;
			}
			while (node != null && node != root && node.getNext() == null) {
				node = node.getParent();
				if (node instanceof Paragraph || node instanceof Heading) {
					text.append(' ');
				}
			}
			node = (node == null || node == root) ? null : node.getNext();
		}
		return text.toString().strip();
	}

}
