package io.github.springconfluence.markdown;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import org.springframework.util.Assert;

/**
 * Converts Markdown (CommonMark with GitHub tables and task lists) to Confluence storage
 * format.
 * <ul>
 * <li>Fenced and indented code becomes a {@code code} macro with its {@code language}
 * parameter and the code in CDATA.</li>
 * <li>A block quote whose first words are {@code **Note**}, {@code **Warning**},
 * {@code **Tip**} or {@code **Info**} becomes the {@code note}, {@code warning},
 * {@code tip} or {@code info} panel, the rest of the quote its body.</li>
 * <li>A relative link to another Markdown file ({@code guide.md}, {@code ../a/b.md#part})
 * becomes a link to the Confluence page of that title: the title comes from the function
 * given to {@link #withPageTitles(Function)}, by default from the file name without
 * {@code .md}, with dashes and underscores as spaces ({@code getting-started.md} links to
 * "getting started").</li>
 * <li>An image with a relative path becomes an image of the page's attachment of that
 * file name (the last path segment: the caller uploads the files), one with an http(s)
 * URL an external image.</li>
 * <li>A list whose items all start with {@code [ ]} or {@code [x]} becomes a Confluence
 * task list.</li>
 * <li>Raw HTML is not passed through: it is written as visible, escaped text, except
 * {@code <br>
 * } (a line break) and HTML comments (dropped, as Markdown renderers hide them).</li>
 * </ul>
 * The output is a well-formed XML fragment with every text escaped. Instances are
 * immutable and thread-safe.
 */
public final class MarkdownToStorage {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			StrikethroughExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private final Function<String, Optional<String>> pageTitles;

	/**
	 * Creates a converter that titles page links from the linked file's name.
	 */
	public MarkdownToStorage() {
		this(PageTitles.FROM_FILE_NAME);
	}

	private MarkdownToStorage(Function<String, Optional<String>> pageTitles) {
		this.pageTitles = pageTitles;
	}

	/**
	 * Returns a converter that titles the pages that relative {@code .md} links point to
	 * with the given function; where it returns empty, the title comes from the file
	 * name.
	 * @param pageTitles the title of the page for a link's path, as written in the
	 * Markdown without its {@code #anchor} (for example {@code ../guide/setup.md})
	 * @return the converter
	 */
	public MarkdownToStorage withPageTitles(Function<String, Optional<String>> pageTitles) {
		Assert.notNull(pageTitles, "pageTitles must not be null");
		return new MarkdownToStorage(pageTitles);
	}

	/**
	 * Converts Markdown to storage format.
	 * @param markdown the Markdown
	 * @return the storage XHTML, a well-formed XML fragment
	 */
	public String convert(String markdown) {
		Assert.notNull(markdown, "markdown must not be null");
		Node document = PARSER.parse(markdown);
		return new StorageWriter(this::pageTitle).write(document);
	}

	private String pageTitle(String path) {
		Optional<String> title = this.pageTitles.apply(path);
		if (title != null && title.isPresent() && !title.get().isBlank()) {
			return title.get();
		}
		return PageTitles.FROM_FILE_NAME.apply(path).orElse(path);
	}

}
