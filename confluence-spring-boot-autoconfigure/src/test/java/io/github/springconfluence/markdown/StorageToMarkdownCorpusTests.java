package io.github.springconfluence.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage to Markdown over Atlassian's documented storage-format examples (sources in
 * {@code src/test/resources/markdown/SOURCES.md}): each {@code storage/NAME.xhtml} has
 * its expected {@code storage/NAME.md}.
 */
class StorageToMarkdownCorpusTests {

	static final Path STORAGE = Path.of("src/test/resources/markdown/storage");

	private static final Map<String, String> NAMES = Map.of("5b10ac8d82e05b22cc7d4ef5", "Alice Example",
			"557058:0e4d8a4c-aaaa-bbbb-cccc-123456789abc", "Bob Example");

	static Stream<Path> corpus() throws IOException {
		try (Stream<Path> files = Files.list(STORAGE)) {
			return files.filter((file) -> file.toString().endsWith(".xhtml")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void convertsAsExpected(Path storage) throws IOException {
		List<Collection<String>> lookups = new ArrayList<>();
		StorageToMarkdown converter = StorageToMarkdown.withUserDisplayNames((ids) -> {
			lookups.add(List.copyOf(ids));
			return NAMES;
		});
		String markdown = converter.convert(Files.readString(storage, StandardCharsets.UTF_8));
		Path expected = Path.of(storage.toString().replace(".xhtml", ".md"));
		if (!Files.exists(expected)) {
			Files.createDirectories(Path.of("target/markdown-actual"));
			Files.writeString(Path.of("target/markdown-actual").resolve(expected.getFileName()), markdown);
		}
		assertThat(markdown).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
		assertThat(markdown).doesNotContain("<ac:", "<ri:", "ac:", "ri:");
		assertThat(lookups).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void looksUpEveryMentionedUserOnceInOneCall() throws IOException {
		List<Collection<String>> lookups = new ArrayList<>();
		String markdown = StorageToMarkdown.withUserDisplayNames((ids) -> {
			lookups.add(List.copyOf(ids));
			return NAMES;
		}).convert(Files.readString(STORAGE.resolve("user-mentions.xhtml")));
		assertThat(lookups).containsExactly(
				List.of("5b10ac8d82e05b22cc7d4ef5", "557058:0e4d8a4c-aaaa-bbbb-cccc-123456789abc", "000000:unknown"));
		assertThat(markdown).contains("Alice Example", "Bob Example", StorageToMarkdown.UNKNOWN_USER);
	}

	@Test
	void withoutALookupEveryMentionIsTheNeutralPlaceholder() {
		assertThat(new StorageToMarkdown().convert("<p><ac:link><ri:user ri:account-id=\"x\"/></ac:link></p>"))
			.isEqualTo("@unknown-user\n");
	}

	@Test
	void aDocumentWithoutMentionsMakesNoLookup() {
		List<Collection<String>> lookups = new ArrayList<>();
		StorageToMarkdown.withUserDisplayNames((ids) -> {
			lookups.add(ids);
			return Map.of();
		}).convert("<p>no one</p>");
		assertThat(lookups).isEmpty();
	}

}
