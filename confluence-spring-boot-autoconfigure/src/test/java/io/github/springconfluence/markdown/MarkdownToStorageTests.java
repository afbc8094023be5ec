package io.github.springconfluence.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown to storage: the mapping of each construct, and well-formed XML for every
 * corpus file and hostile input.
 */
class MarkdownToStorageTests {

	private final MarkdownToStorage converter = new MarkdownToStorage();

	static Stream<Path> markdownFiles() throws IOException {
		return MarkdownRoundTripTests.corpus();
	}

	@ParameterizedTest
	@MethodSource("markdownFiles")
	void everyCorpusFileBecomesWellFormedStorage(Path file) throws Exception {
		String storage = this.converter.convert(Files.readString(file));
		StorageXhtml.parse(storage);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<div onclick=\"x\">raw <b>html</b></div>\n\ntext",
			"a <span class='x'>inline</span> & b", "```\n]]> and ]]]]> <![CDATA[ x\n```", "`]]>` and `<`",
			"5 < 6 && 7 > 3 \"quoted\" 'single'", "[x](https://e.com/?a=1&b=\"2\") ![i](a\"b.png)",
			"unicode: café 日本語 🎉 \u0000 \u0001 \uFFFE", "<!-- comment -->\n\n<br>\n\nline<br/>break",
			"> **Note**\n> <b>raw</b> & `]]>`", "| a | <b> |\n| - | - |\n| & | ]]> |", "- [ ] <x>\n- [x] &amp;",
			"[javascript](javascript:alert(1)) ![data](data:image/png;base64,xx)", "&nbsp; &amp; &#60; &lt;",
			"[page](a&b \"t\".md#x\"y)" })
	void hostileMarkdownBecomesWellFormedStorage(String markdown) throws Exception {
		String storage = this.converter.convert(markdown);
		StorageXhtml.parse(storage);
		assertThat(storage).doesNotContain("<script", "<b>", "<span", "<div", "javascript:", "data:image");
	}

	@Test
	void deeplyNestedMarkdownIsWellFormedWithoutStackOverflow() throws Exception {
		String quotes = ">".repeat(5_000) + " deep";
		StorageXhtml.parse(this.converter.convert(quotes));
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < 500; i++) {
			list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
		}
		String storage = this.converter.convert(list.toString());
		StorageXhtml.parse(storage);
		assertThat(storage).contains("level 499");
	}

	@Test
	void fencedCodeBecomesACodeMacroWithItsLanguage() throws Exception {
		String storage = this.converter.convert("```java\nint a = 1; // ]]> end\n```\n");
		assertThat(storage).isEqualTo("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">java"
				+ "</ac:parameter><ac:plain-text-body><![CDATA[int a = 1; // ]]]]><![CDATA[> end]]>"
				+ "</ac:plain-text-body></ac:structured-macro>");
		Document document = StorageXhtml.parse(storage);
		assertThat(document.getElementsByTagNameNS("http://atlassian.com/content", "plain-text-body")
			.item(0)
			.getTextContent()).isEqualTo("int a = 1; // ]]> end");
	}

	@Test
	void strikethroughBecomesDel() {
		assertThat(this.converter.convert("was ~~gone~~ back")).isEqualTo("<p>was <del>gone</del> back</p>");
	}

	@Test
	void labelledBlockQuotesBecomePanels() {
		assertThat(this.converter.convert("> **Warning**\n> Do *not*.\n>\n> More."))
			.isEqualTo("<ac:structured-macro ac:name=\"warning\"><ac:rich-text-body><p>Do <em>not</em>.</p><p>More.</p>"
					+ "</ac:rich-text-body></ac:structured-macro>");
		assertThat(this.converter.convert("> **Tip:** short")).isEqualTo(
				"<ac:structured-macro ac:name=\"tip\"><ac:rich-text-body><p>short</p></ac:rich-text-body></ac:structured-macro>");
		assertThat(this.converter.convert("> **Notes** about")).startsWith("<blockquote>");
	}

	@Test
	void relativeMarkdownLinksBecomePageLinks() {
		assertThat(this.converter.convert("[Guide](docs/getting-started.md#first_steps)"))
			.isEqualTo("<p><ac:link ac:anchor=\"first_steps\"><ri:page ri:content-title=\"getting started\"/>"
					+ "<ac:link-body>Guide</ac:link-body></ac:link></p>");
		assertThat(this.converter.convert("[web](https://example.com/a.md)"))
			.isEqualTo("<p><a href=\"https://example.com/a.md\">web</a></p>");
	}

	@Test
	void theCallerCanTitleLinkedPages() {
		MarkdownToStorage titled = this.converter
			.withPageTitles((path) -> path.equals("../setup.md") ? Optional.of("Setup & Install") : Optional.empty());
		assertThat(titled.convert("[s](../setup.md) [o](other_page.md)"))
			.contains("ri:content-title=\"Setup &amp; Install\"", "ri:content-title=\"other page\"");
	}

	@Test
	void imagesBecomeAttachmentsOrExternalImages() {
		assertThat(this.converter.convert("![A diagram](img/my%20diagram.png) ![logo](https://e.com/l.png)"))
			.isEqualTo("<p><ac:image ac:alt=\"A diagram\"><ri:attachment ri:filename=\"my diagram.png\"/></ac:image> "
					+ "<ac:image ac:alt=\"logo\"><ri:url ri:value=\"https://e.com/l.png\"/></ac:image></p>");
	}

	@Test
	void taskListsBecomeConfluenceTasks() {
		assertThat(this.converter.convert("- [ ] open\n- [x] done *now*")).isEqualTo("<ac:task-list>"
				+ "<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>open</ac:task-body></ac:task>"
				+ "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>done <em>now</em></ac:task-body></ac:task>"
				+ "</ac:task-list>");
	}

	@Test
	void tablesBecomeStorageTables() {
		assertThat(this.converter.convert("| a | b |\n| - | - |\n| 1 | 2 |"))
			.isEqualTo("<table><tbody><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>");
	}

	@Test
	void rawHtmlIsEscapedText() {
		assertThat(this.converter.convert("a <b>bold</b> c")).isEqualTo("<p>a &lt;b&gt;bold&lt;/b&gt; c</p>");
		assertThat(this.converter.convert("<div>\nx\n</div>")).isEqualTo("<p>&lt;div&gt;<br/>x<br/>&lt;/div&gt;</p>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[click](java&#1;script:alert(1))", "[click](java&#x0B;script:alert(1))",
			"[t](<java\tscript:alert(1)>)", "[t](<java\u000Bscript:alert(1)>)", "[t](< javascript:alert(1)>)",
			"[t](java&#32;script:alert(1))", "[t](JaVa&#x1F;ScRiPt:alert(1))", "![i](java&#1;script:alert(1))",
			"![i](<java\tscript:alert(1)>)", "![i](data&#1;:image/png;base64,xx)" })
	void schemesHiddenByControlCharactersOrWhitespaceAreStillRefused(String markdown) throws Exception {
		String storage = this.converter.convert(markdown);
		StorageXhtml.parse(storage);
		assertThat(storage).doesNotContain("<a ", "<ac:image", "\t");
		assertThat(storage.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase()).doesNotContain("javascript:", "data:");
	}

	@Test
	void linkTargetsAreWrittenAsCheckedWithoutControlCharacters() {
		assertThat(this.converter.convert("[ok](https://e.com/a&#1;b) ![i](<https://e.com/i\tx.png>)"))
			.isEqualTo("<p><a href=\"https://e.com/ab\">ok</a> "
					+ "<ac:image ac:alt=\"i\"><ri:url ri:value=\"https://e.com/ix.png\"/></ac:image></p>");
	}

	@Test
	void manyCommentsOnOneLineAreDroppedWithoutStackOverflow() {
		String comments = "<!--a-->".repeat(20_000);
		assertThat(this.converter.convert(comments)).isEmpty();
		assertThat(this.converter.convert("x " + comments + " y")).isEqualTo("<p>x  y</p>");
		assertThat(this.converter.convert(comments + "<b>")).contains("&lt;b&gt;");
	}

}
