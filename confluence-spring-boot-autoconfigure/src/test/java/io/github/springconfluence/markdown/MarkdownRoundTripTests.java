package io.github.springconfluence.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown to storage to Markdown gives equivalent Markdown: both render to the same HTML
 * with commonmark (whitespace between tags normalised). The corpus is our own files (one
 * per group of constructs) and this project's README.md and BENCHMARKS.md, read from the
 * repository root so that the test follows the documentation as it changes.
 */
class MarkdownRoundTripTests {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			StrikethroughExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	/** Our own files: each must round-trip exactly. */
	static final Path OWN = Path.of("src/test/resources/markdown/roundtrip");

	static Stream<Path> corpus() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> own = Files.list(OWN)) {
			own.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		files.add(Path.of("../README.md"));
		files.add(Path.of("../BENCHMARKS.md"));
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void roundTripsToEquivalentMarkdown(Path file) throws IOException {
		String original = Files.readString(file);
		String back = roundTrip(original);
		List<String> expected = blocks(original);
		List<String> actual = blocks(back);
		if (file.startsWith(OWN)) {
			assertThat(actual).isEqualTo(expected);
		}
		else {
			// The project's documentation uses page links (Markdown files of the
			// repository)
			// and raw HTML, which are lossy by design: every other block must survive.
			long lossy = expected.stream().filter((block) -> !actual.contains(block)).count();
			System.out.printf("round trip %s: %d of %d blocks identical%n", file, expected.size() - lossy,
					expected.size());
			expected.stream()
				.filter((block) -> !actual.contains(block))
				.forEach((block) -> System.out.println("  lossy: " + block));
			assertThat(actual).hasSameSizeAs(expected);
			expected.removeIf(MarkdownRoundTripTests::isLossyByDesign);
			assertThat(actual).containsAll(expected);
		}
	}

	@Test
	void theOwnCorpusCoversEveryConstruct() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.list(OWN)) {
			for (Path file : files.toList()) {
				all.append(HTML.render(PARSER.parse(Files.readString(file))));
			}
		}
		assertThat(all.toString()).contains("<h1>", "<h2>", "<em>", "<strong>", "<code>", "<a href", "<ul>", "<ol",
				"<blockquote>", "<pre><code class=\"language-java\">", "<table>", "<hr />", "<img", "<br />", "[ ]",
				"[x]", "<del>");
	}

	@Test
	void pageLinksComeBackAsTheirTextByDesign() {
		assertThat(roundTrip("See [the guide](getting-started.md) and [a part](docs/user_guide.md#install)."))
			.isEqualTo("See the guide and a part.\n");
	}

	@Test
	void imagesInFoldersComeBackAsAttachmentsByFileName() {
		assertThat(roundTrip("![d](img/diagram.png)")).isEqualTo("![d](diagram.png)\n");
	}

	static String roundTrip(String markdown) {
		return new StorageToMarkdown().convert(new MarkdownToStorage().convert(markdown));
	}

	/** The HTML of each top-level block, whitespace normalised. */
	static List<String> blocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		for (org.commonmark.node.Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node
			.getNext()) {
			String html = HTML.render(node).replaceAll("\\s+", " ").replaceAll("> <", "><").strip();
			if (!html.isEmpty()) {
				blocks.add(html);
			}
		}
		return blocks;
	}

	private static boolean isLossyByDesign(String html) {
		return html.contains(".md\"") || html.contains(".md#") || html.startsWith("<p><img") || html.contains("&lt;")
				|| html.contains("<!--") || html.contains("<img");
	}

}
