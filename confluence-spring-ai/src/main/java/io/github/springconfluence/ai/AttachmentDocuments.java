package io.github.springconfluence.ai;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.search.Cql;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

import org.springframework.ai.document.Document;
import org.springframework.util.ClassUtils;
import org.springframework.util.MimeType;
import org.springframework.util.unit.DataSize;

/**
 * Turns the attachments of a batch of pages into documents: which attachments to list
 * (one CQL query for the whole batch), which of them can be read, and the documents of
 * one attachment, downloaded once.
 * <p>
 * The attachments of a batch are found with {@code type = "attachment" AND container in
 * (...)}: {@code container} is the CQL field Confluence documents for "attachments
 * contained in a page" ({@code container = 123}); {@code parent} is documented for child
 * pages only, so it is not relied on for attachments.
 * <p>
 * Readable are {@code text/*} files (one document of the text, {@code text/html} as its
 * visible text, in the charset the media type names, UTF-8 otherwise) and, when
 * {@code spring-ai-pdf-document-reader} is on the class path, {@code application/pdf}
 * files (one document per PDF page with text, through {@link PdfAttachmentReader}).
 * Anything else, an empty file, and a file larger than the limit are skipped without a
 * download. A PDF goes through a temporary file, deleted when it is read; a text file is
 * read in memory (at most the limit). A PDF that cannot be parsed is skipped with a
 * warning; a download that fails ends the stream, as a failed page list does.
 */
final class AttachmentDocuments {

	/** The expansions of the attachment search: the page, space and version. */
	static final String EXPAND = "content.container,content.space,content.version";

	/** The default limit: larger attachments are skipped. */
	static final DataSize DEFAULT_MAX_SIZE = DataSize.ofMegabytes(50);

	static final String PDF_READER_CLASS = "org.springframework.ai.reader.pdf.PagePdfDocumentReader";

	private static final Log logger = LogFactory.getLog(AttachmentDocuments.class);

	private static final MimeType PDF = MimeType.valueOf("application/pdf");

	private final ConfluenceAttachmentService attachmentService;

	private final long maxBytes;

	private final boolean pdf;

	AttachmentDocuments(ConfluenceAttachmentService attachmentService, DataSize maxSize, boolean pdf) {
		this.attachmentService = attachmentService;
		this.maxBytes = maxSize.toBytes();
		this.pdf = pdf;
	}

	/**
	 * Whether Spring AI's PDF reader is on the class path.
	 * @return whether PDF attachments can be read
	 */
	static boolean pdfReaderPresent() {
		return ClassUtils.isPresent(PDF_READER_CLASS, AttachmentDocuments.class.getClassLoader());
	}

	/**
	 * The query for the attachments of some pages.
	 * @param pageIds the page ids, at least one
	 * @return {@code type = "attachment" AND container in (...)}
	 */
	static Cql query(Collection<String> pageIds) {
		return Cql.type("attachment").and(Cql.container().in(pageIds));
	}

	/**
	 * Whether an attachment will be read: a type this reader knows, not empty, and no
	 * larger than the limit.
	 * @param hit the attachment
	 * @return whether to download it
	 */
	boolean readable(AttachmentHit hit) {
		return hit.fileSize() > 0 && hit.fileSize() <= this.maxBytes && (isText(hit) || (this.pdf && isPdf(hit)));
	}

	/**
	 * Downloads an attachment and reads its documents.
	 * @param hit a {@link #readable(AttachmentHit) readable} attachment
	 * @param page the page it belongs to, for the space key when the search did not give
	 * it
	 * @return its documents: one for a text file, one per PDF page with text (none for a
	 * PDF without text, or one that cannot be parsed)
	 * @throws ConfluenceException when the download fails
	 */
	List<Document> read(AttachmentHit hit, @Nullable SearchHit page) {
		try {
			if (isText(hit)) {
				String text = text(hit);
				return text.isBlank() ? List.of() : List.of(document(hit.id(), hit, page, text, null));
			}
			return pdf(hit, page);
		}
		catch (ConfluenceNotFoundException ex) {
			// Deleted between the search and the download: gone from Confluence, so from
			// the documents too; a long sync goes on.
			logger.warn("Attachment " + hit.id() + " was not found any more; skipped: " + ex.getMessage());
			return List.of();
		}
	}

	private String text(AttachmentHit hit) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(hit.fileSize(), 1 << 16));
		this.attachmentService.download(hit.attachment(), new LimitedOutputStream(bytes, this.maxBytes, hit));
		Charset charset = charset(hit);
		String text = bytes.toString(charset);
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		// An HTML file's words, not its markup: tags and scripts mean nothing to a model.
		return isHtml(hit) ? Jsoup.parse(text).text() : text;
	}

	private List<Document> pdf(AttachmentHit hit, @Nullable SearchHit page) {
		Path file = null;
		try {
			file = Files.createTempFile("confluence-attachment-", ".pdf");
			try (OutputStream out = new LimitedOutputStream(Files.newOutputStream(file), this.maxBytes, hit)) {
				this.attachmentService.download(hit.attachment(), out);
			}
			List<PdfAttachmentReader.PdfPage> pages;
			try {
				pages = PdfAttachmentReader.read(file);
			}
			catch (RuntimeException ex) {
				logger.warn("Skipping attachment " + hit.id() + " (" + hit.title() + ") of page " + hit.pageId()
						+ ": not a PDF the reader can parse (" + ex.getMessage() + ")");
				return List.of();
			}
			List<Document> documents = new ArrayList<>(pages.size());
			for (PdfAttachmentReader.PdfPage pdfPage : pages) {
				String id = (pages.size() == 1) ? hit.id() : hit.id() + "#" + pdfPage.number();
				documents.add(document(id, hit, page, pdfPage.text(), pdfPage.number()));
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write attachment " + hit.id() + " to a temporary file", ex);
		}
		finally {
			delete(file);
		}
	}

	private static void delete(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	private static Document document(String id, AttachmentHit hit, @Nullable SearchHit page, String text,
			@Nullable Integer pdfPage) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(ConfluenceDocumentMetadata.ID, hit.id());
		metadata.put(ConfluenceDocumentMetadata.TITLE, hit.title());
		if (hit.mediaType() != null) {
			metadata.put(ConfluenceDocumentMetadata.MEDIA_TYPE, hit.mediaType());
		}
		metadata.put(ConfluenceDocumentMetadata.PAGE_ID, hit.pageId());
		String spaceKey = (hit.spaceKey() != null) ? hit.spaceKey() : (page != null) ? page.spaceKey() : null;
		if (spaceKey != null) {
			metadata.put(ConfluenceDocumentMetadata.SPACE_KEY, spaceKey);
		}
		if (hit.webUrl() != null) {
			metadata.put(ConfluenceDocumentMetadata.URL, hit.webUrl().toString());
		}
		metadata.put(ConfluenceDocumentMetadata.VERSION, hit.version());
		if (hit.lastModified() != null) {
			metadata.put(ConfluenceDocumentMetadata.LAST_MODIFIED, hit.lastModified().toString());
		}
		if (pdfPage != null) {
			metadata.put(ConfluenceDocumentMetadata.PDF_PAGE, pdfPage);
		}
		return Document.builder().id(id).text(text).metadata(metadata).build();
	}

	private static boolean isText(AttachmentHit hit) {
		MimeType type = mimeType(hit);
		return type != null && "text".equals(type.getType()) && !type.isWildcardSubtype();
	}

	private static boolean isHtml(AttachmentHit hit) {
		MimeType type = mimeType(hit);
		return type != null && "text".equals(type.getType()) && "html".equals(type.getSubtype());
	}

	private static boolean isPdf(AttachmentHit hit) {
		MimeType type = mimeType(hit);
		return type != null && PDF.equalsTypeAndSubtype(type);
	}

	private static Charset charset(AttachmentHit hit) {
		MimeType type = mimeType(hit);
		try {
			Charset charset = (type != null) ? type.getCharset() : null;
			return (charset != null) ? charset : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) { // an unsupported charset name
			return StandardCharsets.UTF_8;
		}
	}

	private static @Nullable MimeType mimeType(AttachmentHit hit) {
		if (hit.mediaType() == null || hit.mediaType().isBlank()) {
			return null;
		}
		try {
			return MimeType.valueOf(hit.mediaType().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) { // MimeTypeUtils' InvalidMimeTypeException
			return null;
		}
	}

	/**
	 * Refuses to write more than the limit, in case Confluence sends more than the size
	 * it listed.
	 */
	private static final class LimitedOutputStream extends FilterOutputStream {

		private final long limit;

		private final AttachmentHit hit;

		private long written;

		LimitedOutputStream(OutputStream out, long limit, AttachmentHit hit) {
			super(out);
			this.limit = limit;
			this.hit = hit;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			this.out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			this.out.write(b, off, len);
		}

		private void count(int length) throws IOException {
			this.written += length;
			if (this.written > this.limit) {
				throw new IOException("Attachment " + this.hit.id() + " (" + this.hit.title() + ") is larger than "
						+ this.limit + " bytes, although Confluence listed " + this.hit.fileSize());
			}
		}

	}

}
