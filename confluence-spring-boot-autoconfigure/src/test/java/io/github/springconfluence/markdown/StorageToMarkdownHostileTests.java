package io.github.springconfluence.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage to Markdown on hostile input: no Confluence markup or script reaches the
 * output, and size and nesting cannot blow up (checked by the shape of the output, not by
 * the clock).
 */
class StorageToMarkdownHostileTests {

	private final StorageToMarkdown converter = new StorageToMarkdown();

	@ParameterizedTest
	@ValueSource(strings = { "<p>unclosed <strong>bold <em>both", "<ul><li>one<li>two</ul></p></div>",
			"<ac:structured-macro ac:name=\"mystery\"><ac:parameter ac:name=\"x\">secret</ac:parameter>"
					+ "<ac:rich-text-body><ac:structured-macro ac:name=\"deeper\"><ac:rich-text-body><p>kept text</p>"
					+ "</ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>",
			"<p>a<script>alert('x')</script>b<style>p{color:red}</style>c</p><script>document.write(1)</script>",
			"<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a ]]]]><![CDATA[> b]]></ac:plain-text-body></ac:structured-macro>",
			"<p>&lt;b&gt; &amp;amp; &nbsp; &copy; &#169; &#x1F389; &bogus;</p>",
			"<p><a href=\"javascript:alert(&quot;x&quot;)\" title='it\"s'>click</a> <img src=\"x\" onerror=\"alert(1)\"/></p>",
			"<ac:link><ri:page ri:content-title=\"T &quot;q&quot; 'x'\"/></ac:link><ac:image><ri:url ri:value=\"javascript:x\"/></ac:image>",
			"</storage-root><p>after a stray root close</p><ac:unknown/>",
			"<?xml version=\"1.0\"?><!DOCTYPE x><p>x</p><!-- c -->",
			"<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>",
			"<table><tr><td>only<table><tr><td>inner</td></tr></table></td></tr></table>" })
	void writesNoConfluenceMarkupAndNoScript(String storage) {
		String markdown = this.converter.convert(storage);
		assertThat(markdown).doesNotContain("<ac:", "<ri:", "ac:name", "ri:", "<script", "alert", "color:red", "secret",
				"javascript", "onerror", "<style", "storage-root");
	}

	@Test
	void unknownMacrosKeepTheirBodyText() {
		assertThat(this.converter.convert("<ac:structured-macro ac:name=\"mystery\"><ac:parameter ac:name=\"x\">p"
				+ "</ac:parameter><ac:rich-text-body><ac:structured-macro ac:name=\"deeper\"><ac:rich-text-body>"
				+ "<p>kept <strong>text</strong></p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body>"
				+ "</ac:structured-macro>"))
			.isEqualTo("kept **text**\n");
	}

	@Test
	void cdataWithItsTerminatorSplitIsOneCodeBlock() {
		assertThat(this.converter.convert("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a ]]]]>"
				+ "<![CDATA[> b]]></ac:plain-text-body></ac:structured-macro>"))
			.isEqualTo("```\na ]]> b\n```\n");
	}

	@Test
	void entitiesAreDecodedAndMarkdownSyntaxInTextIsEscaped() {
		assertThat(this.converter.convert("<p>&lt;b&gt; &amp;amp; *x* _y_ # [z](u) 1. |</p><p># heading?</p>"))
			.isEqualTo("\\<b\\> \\&amp; \\*x\\* \\_y\\_ # \\[z\\](u) 1. \\|\n\n\\# heading?\n");
	}

	@Test
	void aHugeTableIsConvertedWhole() {
		int rows = 2_000;
		int columns = 20;
		StringBuilder storage = new StringBuilder("<table><tbody>");
		for (int row = 0; row < rows; row++) {
			storage.append("<tr>");
			for (int column = 0; column < columns; column++) {
				storage.append(row == 0 ? "<th>" : "<td>").append("r").append(row).append("c").append(column);
				storage.append(row == 0 ? "</th>" : "</td>");
			}
			storage.append("</tr>");
		}
		storage.append("</tbody></table>");
		String markdown = this.converter.convert(storage.toString());
		String[] lines = markdown.split("\n");
		// One line per row plus the delimiter row, each with every cell: the output grows
		// with the input, never faster (a quadratic step would show as repeated content).
		assertThat(lines).hasSize(rows + 1);
		assertThat(lines[lines.length - 1]).isEqualTo(rowOf(rows - 1, columns));
		assertThat(markdown.length()).isLessThan(storage.length());
	}

	private static String rowOf(int row, int columns) {
		StringBuilder line = new StringBuilder("|");
		for (int column = 0; column < columns; column++) {
			line.append(" r").append(row).append("c").append(column).append(" |");
		}
		return line.toString();
	}

	@Test
	void deeplyNestedListsAreFlattenedPastTheDepthLimitWithoutStackOverflow() {
		int depth = 500;
		String storage = "<ul><li>level".repeat(depth) + "</li></ul>".repeat(depth);
		String markdown = this.converter.convert(storage);
		// Every level's text survives; nesting is kept down to the limit, then flattened.
		assertThat(markdown.split("level", -1)).hasSize(depth + 1);
		int deepestIndent = markdown.lines().mapToInt((line) -> line.indexOf('-')).max().orElse(0);
		assertThat(deepestIndent).isPositive().isLessThanOrEqualTo(2 * StorageRenderer.MAX_DEPTH);
		String unclosed = "<div><blockquote><ul><li>".repeat(3_000) + "x";
		assertThat(this.converter.convert(unclosed)).contains("x");
	}

	@Test
	void attachmentNamesAreRelativeUrlsThatCannotBeASchemeInLinksAndImages() {
		assertThat(this.converter.convert("<p><ac:link><ri:attachment ri:filename=\"javascript:alert(1)\"/>"
				+ "<ac:plain-text-link-body><![CDATA[doc]]></ac:plain-text-link-body></ac:link></p>"))
			.isEqualTo("[doc](./javascript:alert\\(1\\))\n");
		assertThat(this.converter.convert("<p><ac:link><ri:attachment ri:filename=\"a:b.pdf\"/></ac:link> "
				+ "<ac:image ac:alt=\"pic\"><ri:attachment ri:filename=\"c:d.png\"/></ac:image> "
				+ "<ac:image><ri:attachment ri:filename=\"javascript:alert(2)\"/></ac:image></p>"))
			.isEqualTo("[a:b.pdf](./a:b.pdf) ![pic](./c:d.png) ![](./javascript:alert\\(2\\))\n");
		assertThat(this.converter.convert("<p><ac:link><ri:attachment ri:filename=\"plain.pdf\"/>"
				+ "<ac:plain-text-link-body><![CDATA[doc]]></ac:plain-text-link-body></ac:link></p>"))
			.isEqualTo("[doc](plain.pdf)\n");
	}

	@Test
	void wideColspansCannotAmplifyATable() {
		StringBuilder wide = new StringBuilder("<table><tbody>");
		for (int row = 0; row < 50; row++) {
			wide.append("<tr>");
			for (int cell = 0; cell < 20; cell++) {
				wide.append("<td colspan=\"1000\">r").append(row).append('c').append(cell).append("</td>");
			}
			wide.append("</tr>");
		}
		wide.append("</tbody></table>");
		String markdown = this.converter.convert(wide.toString());
		assertThat(markdown.length()).isLessThan(20 * wide.length());
		// Beyond the limit the rows are lines of text: every cell's text is still there.
		assertThat(markdown).contains("r0c0", "r49c19").doesNotContain("---");
		StringBuilder sparse = new StringBuilder("<table><tbody><tr><th colspan=\"1000\">head</th></tr>");
		sparse.append("<tr><td>x</td></tr>".repeat(2_000)).append("</tbody></table>");
		markdown = this.converter.convert(sparse.toString());
		assertThat(markdown.length()).isLessThan(20 * sparse.length());
		assertThat(markdown.split("x", -1)).hasSize(2_001);
		assertThat(markdown).contains("head");
		// A table of empty cells is dense, not amplified: it stays a table.
		String empty = "<table><tbody>" + "<tr>%s</tr>".formatted("<td></td>".repeat(30)).repeat(30)
				+ "</tbody></table>";
		assertThat(this.converter.convert(empty)).startsWith("|").contains("---");
	}

	@Test
	void anExclamationMarkBeforeALinkDoesNotMakeItAnImage() {
		assertThat(this.converter.convert("<p>Wow!<a href=\"http://x/y.png\">y</a></p>"))
			.isEqualTo("Wow\\![y](http://x/y.png)\n");
		assertThat(new MarkdownToStorage().convert("Wow\\![y](http://x/y.png)"))
			.isEqualTo("<p>Wow!<a href=\"http://x/y.png\">y</a></p>");
		assertThat(this.converter.convert("<p>Wow! <a href=\"http://x/y.png\">y</a></p>"))
			.isEqualTo("Wow! [y](http://x/y.png)\n");
		assertThat(this.converter.convert("<p>a\\!<a href=\"http://x/\">y</a></p>"))
			.isEqualTo("a\\\\\\![y](http://x/)\n");
	}

}
