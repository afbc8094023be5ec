package io.github.springconfluence.page;

import io.github.springconfluence.markdown.MarkdownToStorage;

import org.springframework.util.Assert;

/**
 * A page body in one representation.
 *
 * @param format the representation
 * @param value the content: XHTML for {@link BodyFormat#STORAGE} and
 * {@link BodyFormat#VIEW}, JSON text for {@link BodyFormat#ATLAS_DOC_FORMAT}, wiki markup
 * for {@link BodyFormat#WIKI}
 */
public record PageBody(BodyFormat format, String value) {

	private static final MarkdownToStorage DEFAULT_MARKDOWN = new MarkdownToStorage();

	/**
	 * Creates a body.
	 * @param format the representation
	 * @param value the content
	 */
	public PageBody {
		Assert.notNull(format, "format must not be null");
		Assert.notNull(value, "value must not be null");
	}

	/**
	 * A body in storage format.
	 * @param xhtml the storage XHTML
	 * @return the body
	 */
	public static PageBody storage(String xhtml) {
		return new PageBody(BodyFormat.STORAGE, xhtml);
	}

	/**
	 * A body in storage format, converted from Markdown with the default
	 * {@link MarkdownToStorage} (CommonMark with GitHub tables and task lists; code
	 * blocks as code macros, {@code > **Note**} quotes as panels, relative {@code .md}
	 * links as page links titled from the file name, relative images as attachments). For
	 * other page titles, convert with {@link MarkdownToStorage#withPageTitles} and use
	 * {@link #storage(String)}.
	 * @param markdown the Markdown
	 * @return the body, in {@link BodyFormat#STORAGE}
	 */
	public static PageBody markdown(String markdown) {
		Assert.notNull(markdown, "markdown must not be null");
		return storage(DEFAULT_MARKDOWN.convert(markdown));
	}

	/**
	 * A body in the Atlassian Document Format.
	 * @param json the ADF document as JSON text
	 * @return the body
	 */
	public static PageBody atlasDocFormat(String json) {
		return new PageBody(BodyFormat.ATLAS_DOC_FORMAT, json);
	}

	/**
	 * A body in wiki markup, for writes; Confluence converts it to storage format.
	 * @param markup the wiki markup
	 * @return the body
	 */
	public static PageBody wiki(String markup) {
		return new PageBody(BodyFormat.WIKI, markup);
	}

	/**
	 * Checks that this body can be written.
	 * @return this body
	 */
	PageBody requireWritable() {
		Assert.isTrue(this.format.isWritable(),
				() -> this.format + " is a read-only body format: write storage, atlas_doc_format or wiki");
		return this;
	}

}
