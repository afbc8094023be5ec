package io.github.springconfluence.ai;

/**
 * The metadata keys of the documents that {@link ConfluenceDocumentReader} makes, for
 * filter expressions and for reading them back from a vector store. Every value is a
 * {@link String}, an {@link Integer} or a {@link java.util.List} of strings, which Spring
 * AI's vector stores take as they are; a key whose value is unknown is left out (Spring
 * AI documents carry no {@code null} values).
 */
public final class ConfluenceDocumentMetadata {

	/**
	 * The page id, a string of digits (also the document's id); for an attachment's
	 * document, the attachment id, such as {@code att123} (also the document's id, or its
	 * start: {@code att123#2} for page 2 of a PDF read as several documents).
	 */
	public static final String ID = "id";

	/** The page title; for an attachment's document, the file name. */
	public static final String TITLE = "title";

	/**
	 * Attachments only: the id of the page the attachment belongs to, a string of digits,
	 * to find (or remove) a page's attachment documents in a vector store.
	 */
	public static final String PAGE_ID = "pageId";

	/**
	 * Attachments only: the media type Confluence recorded, such as
	 * {@code application/pdf} or {@code text/markdown}.
	 */
	public static final String MEDIA_TYPE = "mediaType";

	/**
	 * PDF attachments only: the number of the PDF page the document holds, an
	 * {@link Integer} from 1.
	 */
	public static final String PDF_PAGE = "pdfPage";

	/** The key of the page's space, such as {@code ENG}. */
	public static final String SPACE_KEY = "spaceKey";

	/**
	 * The absolute URL of the page (or attachment) in Confluence's web UI, a string.
	 */
	public static final String URL = "url";

	/**
	 * The number of the page (or attachment) version the text was read from, an
	 * {@link Integer}.
	 */
	public static final String VERSION = "version";

	/**
	 * When that version was written: an ISO-8601 instant in UTC as a string, such as
	 * {@code 2024-05-06T07:08:09Z}, which sorts as it reads and which
	 * {@link java.time.Instant#parse(CharSequence)} reads back.
	 */
	public static final String LAST_MODIFIED = "lastModified";

	/**
	 * The names of the page's labels, a list of strings (empty when it has none); not on
	 * attachments' documents.
	 */
	public static final String LABELS = "labels";

	/**
	 * The titles of the pages above the page, the top of the space first, a list of
	 * strings (empty at the top); not on attachments' documents.
	 */
	public static final String ANCESTORS = "ancestors";

	/**
	 * The display name of the author of that version, or the account id when the name
	 * cannot be known (a deleted or hidden account); not on attachments' documents.
	 */
	public static final String AUTHOR = "author";

	private ConfluenceDocumentMetadata() {
	}

}
