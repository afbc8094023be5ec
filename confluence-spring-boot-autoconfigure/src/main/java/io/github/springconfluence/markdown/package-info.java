/**
 * Confluence storage format and Markdown: {@link StorageToMarkdown} reads a page body as
 * Markdown (for people, search indexes and language models), {@link MarkdownToStorage}
 * writes Markdown as valid storage XHTML. A utility: it depends on no other package of
 * the starter.
 */
@NullMarked
package io.github.springconfluence.markdown;

import org.jspecify.annotations.NullMarked;
