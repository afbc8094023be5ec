package io.github.springconfluence.ai;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.ai.document.Document;
import org.springframework.ai.reader.pdf.PagePdfDocumentReader;
import org.springframework.core.io.FileSystemResource;

/**
 * The only class that touches {@code spring-ai-pdf-document-reader} (an optional
 * dependency): it is used only when {@link AttachmentDocuments} found that reader on the
 * class path, so that the module loads and works without it.
 * <p>
 * Reads a PDF with Spring AI's {@link PagePdfDocumentReader} (its default configuration:
 * one document per PDF page, pages without text left out), compacts the whitespace its
 * layout-keeping text stripper pads lines with, and closes the parsed PDF afterwards,
 * which that reader does not do itself. The reader parses the whole file in memory, so
 * one PDF at a time is in the heap.
 */
final class PdfAttachmentReader {

	private static final Pattern SPACES = Pattern.compile("\\h+");

	private PdfAttachmentReader() {
	}

	/**
	 * Reads the text of a PDF file, page by page.
	 * @param file the PDF
	 * @return the text of each PDF page that has some, in page order, with its page
	 * number from 1
	 * @throws RuntimeException when the file is not a PDF the reader can parse
	 */
	static List<PdfPage> read(Path file) {
		ClosingReader reader = new ClosingReader(new FileSystemResource(file));
		try {
			List<PdfPage> pages = new ArrayList<>();
			for (Document document : reader.get()) {
				Object number = document.getMetadata().get(PagePdfDocumentReader.METADATA_START_PAGE_NUMBER);
				int page = (number instanceof Number n) ? n.intValue() : pages.size() + 1;
				String text = (document.getText() != null) ? compact(document.getText()) : "";
				if (!text.isEmpty()) {
					pages.add(new PdfPage(page, text));
				}
			}
			return pages;
		}
		finally {
			reader.close();
		}
	}

	/**
	 * Takes out the spaces Spring AI's layout-keeping text stripper pads lines with: each
	 * line stripped and its runs of spaces and tabs made one space, runs of blank lines
	 * made one, none at the start or the end. Fewer tokens for an embedding, the same
	 * words.
	 * @param layout the text as the stripper laid it out
	 * @return the compacted text, empty when it had only whitespace
	 */
	static String compact(String layout) {
		StringBuilder text = new StringBuilder(layout.length() / 2);
		boolean blank = false;
		for (String line : layout.split("\\R", -1)) {
			String words = SPACES.matcher(line.strip()).replaceAll(" ");
			if (words.isEmpty()) {
				blank = !text.isEmpty();
				continue;
			}
			if (!text.isEmpty()) {
				text.append(blank ? "\n\n" : "\n");
			}
			text.append(words);
			blank = false;
		}
		return text.toString();
	}

	/**
	 * The text of one PDF page.
	 *
	 * @param number the page number, from 1
	 * @param text the text
	 */
	record PdfPage(int number, String text) {
	}

	/** {@link PagePdfDocumentReader}, whose parsed PDF can be closed. */
	private static final class ClosingReader extends PagePdfDocumentReader {

		ClosingReader(FileSystemResource resource) {
			super(resource);
		}

		void close() {
			try {
				this.document.close();
			}
			catch (IOException ex) {
				// nothing was written: a failure to release the parsed file changes
				// nothing
			}
		}

	}

}
