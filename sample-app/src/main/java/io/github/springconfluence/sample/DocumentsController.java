package io.github.springconfluence.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.springconfluence.ai.ConfluenceDocumentReader;
import io.github.springconfluence.ai.ConfluenceDocumentReaderFactory;
import io.github.springconfluence.search.Cql;
import org.jspecify.annotations.Nullable;

import org.springframework.ai.document.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /documents?cql=..}: what the {@link ConfluenceDocumentReader} would hand a
 * vector store (id, metadata and the page as Markdown), for the pages a CQL query finds.
 * <p>
 * The query is passed as written, as CQL (this endpoint is for the developer trying the
 * reader, like the rest of this sample, which has no security). Words typed by end users
 * belong in {@code Cql.text().contains(words)}, as {@code GET /search} does.
 */
@RestController
class DocumentsController {

	/**
	 * The most documents one call answers: the reader is lazy, the rest is never read.
	 */
	private static final int MAX_DOCUMENTS = 20;

	private final ConfluenceDocumentReaderFactory readers;

	DocumentsController(ConfluenceDocumentReaderFactory readers) {
		this.readers = readers;
	}

	@GetMapping("/documents")
	List<DocumentView> documents(@RequestParam String cql,
			@RequestParam(required = false) @Nullable Instant modifiedSince) {
		if (cql.isBlank()) {
			throw new IllegalArgumentException("Give a CQL query as cql, for example /documents?cql=space=ENG");
		}
		ConfluenceDocumentReader.Builder builder = this.readers.builder().cql(Cql.raw(cql));
		if (modifiedSince != null) {
			builder.modifiedSince(modifiedSince);
		}
		try (Stream<Document> documents = builder.build().stream()) {
			return documents.limit(MAX_DOCUMENTS).map(DocumentView::of).toList();
		}
	}

	/**
	 * A document as the reader made it.
	 *
	 * @param id the page id
	 * @param metadata title, space key, URL, version, last modified, labels, ancestors,
	 * author
	 * @param markdown the page as Markdown
	 */
	record DocumentView(String id, Map<String, Object> metadata, @Nullable String markdown) {

		static DocumentView of(Document document) {
			return new DocumentView(document.getId(), document.getMetadata(), document.getText());
		}

	}

}
