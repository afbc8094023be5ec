package io.github.springconfluence.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage to Markdown over public captures of storage format taken from other projects'
 * test fixtures (repository, path, commit and licence of each in
 * {@code src/test/resources/markdown/SOURCES.md}, "Public captures"): each
 * {@code captures/NAME.xhtml} has its expected {@code captures/NAME.md}, and for every
 * capture no Confluence markup reaches the output and every piece of visible text of the
 * input is still there once the Markdown is parsed back with commonmark.
 */
class StorageToMarkdownCaptureTests {

	static final Path CAPTURES = Path.of("src/test/resources/markdown/captures");

	/** The one mention with a known name; its name is the fixture's own display name. */
	private static final Map<String, String> NAMES = Map.of("user123", "Example User (Unlicensed)");

	private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	/** Confluence markup that must never reach the output, in any form. */
	private static final Pattern CONFLUENCE_MARKUP = Pattern.compile(
			"(?i)\\b(ac|ri):[a-z]|<script|<style|CDATA|<!\\[|structured-macro|rich-text-body|plain-text-body|macro-id|schema-version|account-id");

	/**
	 * Elements whose text is not visible on the page (macro settings, task ids,
	 * emoticons).
	 */
	private static final Set<String> INVISIBLE = Set.of("ac:parameter", "ac:default-parameter", "ac:task-id",
			"ac:task-uuid", "ac:task-status", "ac:emoticon", "ac:placeholder", "script", "style");

	/**
	 * Macro parameters that the page shows as text: titles of panels, expands, code
	 * blocks and status lozenges, and the key of a Jira issue link.
	 */
	private static final Map<String, Set<String>> VISIBLE_PARAMETERS = Map.of("title",
			Set.of("status", "expand", "info", "note", "warning", "tip", "code"), "key", Set.of("jira"));

	static Stream<Path> captures() throws IOException {
		try (Stream<Path> files = Files.list(CAPTURES)) {
			return files.filter((file) -> file.toString().endsWith(".xhtml")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("captures")
	void convertsAsExpected(Path capture) throws IOException {
		String markdown = convert(capture);
		Path expected = Path.of(capture.toString().replace(".xhtml", ".md"));
		if (!Files.exists(expected)) {
			Path actual = Path.of("target/markdown-actual/captures");
			Files.createDirectories(actual);
			Files.writeString(actual.resolve(expected.getFileName()), markdown);
		}
		assertThat(markdown).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@MethodSource("captures")
	void writesNoConfluenceMarkup(Path capture) throws IOException {
		String markdown = convert(capture);
		assertThat(CONFLUENCE_MARKUP.matcher(markdown).results().map((match) -> match.group()).toList()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("captures")
	void keepsEveryVisibleTextOfTheInput(Path capture) throws IOException {
		String storage = Files.readString(capture, StandardCharsets.UTF_8);
		String text = " " + textOf(COMMONMARK.parse(convert(capture))) + " ";
		List<String> lost = visibleTexts(storage).stream().filter((piece) -> !text.contains(piece)).toList();
		assertThat(lost).as("visible text of %s missing from %s", capture.getFileName(), text).isEmpty();
	}

	// What the captures found, each reduced to its smallest case.

	@Test
	void aHeadingEndingInHashesKeepsThem() {
		assertThat(textOf(COMMONMARK.parse(new StorageToMarkdown().convert("<h2>Heading ending in #</h2><h3>##</h3>"))))
			.isEqualTo("Heading ending in # ##");
		assertThat(new StorageToMarkdown().convert("<h2>C#</h2>")).isEqualTo("## C#\n");
	}

	@Test
	void aCodeBlockKeepsItsTitle() {
		assertThat(new StorageToMarkdown().convert("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name="
				+ "\"title\">Example</ac:parameter><ac:plain-text-body><![CDATA[x]]></ac:plain-text-body>"
				+ "</ac:structured-macro>"))
			.isEqualTo("**Example**\n\n```\nx\n```\n");
	}

	@Test
	void aJiraIssueMacroIsItsKey() {
		assertThat(new StorageToMarkdown().convert("<p>See <ac:structured-macro ac:name=\"jira\"><ac:parameter "
				+ "ac:name=\"server\">JIRA</ac:parameter><ac:parameter ac:name=\"key\">ED-1068</ac:parameter>"
				+ "</ac:structured-macro>.</p>"))
			.isEqualTo("See ED-1068.\n");
	}

	@Test
	void threeListsInARowStayThreeLists() {
		String markdown = new StorageToMarkdown()
			.convert("<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>one</ac:task-body>"
					+ "</ac:task></ac:task-list><ul><li>two</li></ul><ac:task-list><ac:task><ac:task-body>three"
					+ "</ac:task-body></ac:task></ac:task-list><ol><li>a</li></ol><ol><li>b</li></ol><ol><li>c</li></ol>");
		List<Node> lists = new ArrayList<>();
		for (Node node = COMMONMARK.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
			lists.add(node);
		}
		assertThat(lists).hasSize(6).allMatch((node) -> node instanceof ListBlock);
	}

	private static String convert(Path capture) throws IOException {
		return StorageToMarkdown.withUserDisplayNames((ids) -> NAMES)
			.convert(Files.readString(capture, StandardCharsets.UTF_8));
	}

	/** Each text node of the storage that the page shows, whitespace normalised. */
	static List<String> visibleTexts(String storage) {
		Element root = Jsoup.parse("<root>" + storage + "</root>", "", org.jsoup.parser.Parser.xmlParser());
		List<String> texts = new ArrayList<>();
		for (Element element : root.getAllElements()) {
			if (isInvisible(element)) {
				continue;
			}
			for (org.jsoup.nodes.Node child : element.childNodes()) {
				if (child instanceof TextNode textNode) {
					addNormalised(texts, textNode.getWholeText());
				}
			}
			String name = element.normalName();
			if (name.equals("ac:parameter")) {
				continue;
			}
			if (name.equals("ac:structured-macro")) {
				String macro = element.attr("ac:name").toLowerCase(Locale.ROOT);
				for (Element parameter : element.children()) {
					Set<String> macros = VISIBLE_PARAMETERS.get(parameter.attr("ac:name"));
					if (parameter.normalName().equals("ac:parameter") && macros != null && macros.contains(macro)) {
						addNormalised(texts, parameter.text());
					}
				}
			}
		}
		return texts;
	}

	private static boolean isInvisible(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			if (INVISIBLE.contains(at.normalName())) {
				return true;
			}
		}
		return false;
	}

	private static void addNormalised(List<String> texts, String text) {
		String normalised = normalise(text);
		if (!normalised.isEmpty()) {
			texts.add(normalised);
		}
	}

	static String normalise(String text) {
		return text.replaceAll("[\\s\\u00A0]+", " ").strip();
	}

	/**
	 * The text a reader sees in parsed Markdown: text, code spans and code blocks, with a
	 * space for every break and every inline HTML tag.
	 */
	static String textOf(Node document) {
		StringBuilder out = new StringBuilder();
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(Text text) {
				out.append(text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				out.append(code.getLiteral());
			}

			@Override
			public void visit(FencedCodeBlock code) {
				out.append(' ').append(code.getLiteral()).append(' ');
			}

			@Override
			public void visit(IndentedCodeBlock code) {
				out.append(' ').append(code.getLiteral()).append(' ');
			}

			@Override
			public void visit(HtmlInline html) {
				out.append(' ');
			}

			@Override
			public void visit(HtmlBlock html) {
				out.append(' ').append(html.getLiteral()).append(' ');
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				out.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				out.append(' ');
			}

			@Override
			protected void visitChildren(Node parent) {
				for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
					node.accept(this);
					if (node.getFirstChild() != null || node.getNext() == null) {
						out.append(' ');
					}
				}
			}

		});
		return normalise(out.toString());
	}

}
