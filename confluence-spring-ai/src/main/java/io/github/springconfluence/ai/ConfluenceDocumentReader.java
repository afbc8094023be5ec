package io.github.springconfluence.ai;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.search.Cql;
import io.github.springconfluence.search.SearchResult;
import io.github.springconfluence.user.ConfluenceUserService;
import org.jspecify.annotations.Nullable;

import org.springframework.ai.document.Document;
import org.springframework.ai.document.DocumentReader;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * A Spring AI {@link DocumentReader} of Confluence pages: one {@link Document} per page,
 * whose id is the page id, whose text is the page body as Markdown, and whose metadata
 * are those of {@link ConfluenceDocumentMetadata} (title, space key, URL, version, last
 * modification, labels, ancestors, author).
 * <p>
 * The pages are those of a CQL query, of spaces, or of a page tree, optionally only those
 * modified since an instant. N pages cost at most ⌈N / 250⌉ search requests (v1
 * {@code GET /wiki/rest/api/search}, expanded with the labels, ancestors, space and
 * version of each page), ⌈N / 250⌉ page-list requests (v2 {@code GET /wiki/api/v2/pages}
 * with the bodies, 250 ids at a time) and one call to the {@link ConfluenceUserService}
 * per batch of 250 pages, for the display names of the batch's authors and mentioned
 * users, which that service caches; never one request per page.
 * <p>
 * With {@link Builder#attachments(boolean)}, the pages' attachments that Spring AI can
 * read become further documents, each linked to its page by the
 * {@link ConfluenceDocumentMetadata#PAGE_ID pageId} metadata and handed out right after
 * the page's document: {@code text/*} files as one document, and PDF files, when
 * {@code spring-ai-pdf-document-reader} is on the class path, as one document per PDF
 * page with text. That costs one more search request per batch of 250 pages (v1
 * {@code type = "attachment" AND container in (...)}, one more per further 250
 * attachments), and per readable attachment one download request plus the redirect to
 * Atlassian's media host; files of other types, empty ones and those larger than
 * {@link Builder#maxAttachmentSize(DataSize)} (50 MB by default) are skipped without a
 * download.
 * <p>
 * {@link #stream()} reads lazily and holds one batch of 250 pages at a time, so a space
 * of any size can be read into a vector store with little memory; {@link #get()} (what
 * Spring AI calls) collects every document into a list. For incremental sync, read with
 * {@link Builder#modifiedSince(Instant)} and remove from the store the documents whose
 * ids {@link #currentIds()} no longer lists.
 * <p>
 * Thread-safe and reusable: each call reads Confluence anew. Build one with
 * {@link #builder(ConfluenceApiClient, ConfluencePageService, ConfluenceSearchService, ConfluenceUserService)}
 * or, in a Spring Boot application, with the auto-configured
 * {@link ConfluenceDocumentReaderFactory#builder()}.
 */
public final class ConfluenceDocumentReader implements DocumentReader {

	/** The expansions the search asks for: what a document holds besides its body. */
	static final String EXPAND = "content.ancestors,content.metadata.labels,content.space,content.version";

	/** The largest search page Confluence gives. */
	static final int SEARCH_LIMIT = 250;

	private final ConfluenceApiClient api;

	private final ConfluencePageService pageService;

	private final ConfluenceSearchService searchService;

	private final ConfluenceUserService userService;

	private final Cql scope;

	private final Cql query;

	private final @Nullable AttachmentDocuments attachments;

	private ConfluenceDocumentReader(Builder builder, Cql scope, @Nullable Cql modifiedSince,
			@Nullable AttachmentDocuments attachments) {
		this.api = builder.api;
		this.pageService = builder.pageService;
		this.searchService = builder.searchService;
		this.userService = builder.userService;
		this.scope = scope;
		this.query = (modifiedSince != null) ? scope.and(modifiedSince) : scope;
		this.attachments = attachments;
	}

	/**
	 * Starts a reader over the starter's services; then choose the pages with
	 * {@link Builder#cql(Cql)}, {@link Builder#spaceKeys(String...)} or
	 * {@link Builder#pageTree(String)}.
	 * @param api the API client, for the expanded search
	 * @param pageService the page service, for the bodies
	 * @param searchService the search service, for {@link #currentIds()}
	 * @param userService the user service, for authors' and mentioned users' names
	 * @return a builder
	 */
	public static Builder builder(ConfluenceApiClient api, ConfluencePageService pageService,
			ConfluenceSearchService searchService, ConfluenceUserService userService) {
		return new Builder(api, pageService, searchService, userService, null);
	}

	/**
	 * Starts a reader over the starter's services that can also read attachments
	 * ({@link Builder#attachments(boolean)}).
	 * @param api the API client, for the expanded searches
	 * @param pageService the page service, for the bodies
	 * @param searchService the search service, for {@link #currentIds()}
	 * @param userService the user service, for authors' and mentioned users' names
	 * @param attachmentService the attachment service, for the downloads
	 * @return a builder
	 */
	public static Builder builder(ConfluenceApiClient api, ConfluencePageService pageService,
			ConfluenceSearchService searchService, ConfluenceUserService userService,
			ConfluenceAttachmentService attachmentService) {
		Assert.notNull(attachmentService, "attachmentService must not be null");
		return new Builder(api, pageService, searchService, userService, attachmentService);
	}

	/**
	 * Reads every document into a list, as Spring AI's {@link DocumentReader} does: the
	 * whole result is held in memory, so prefer {@link #stream()} for large spaces.
	 * @return the documents, in the search's order
	 * @throws io.github.springconfluence.ConfluenceException on any failure; a 400 names
	 * the CQL
	 */
	@Override
	public List<Document> get() {
		try (Stream<Document> documents = stream()) {
			return documents.toList();
		}
	}

	/**
	 * Reads the documents lazily: nothing is requested before the first element, and the
	 * next batch of 250 pages only when the current one is used up, so
	 * {@code stream().findFirst()} costs one search request and one page-list request,
	 * and memory does not grow with the number of pages.
	 * @return a sequential stream in the search's order; close it (or exhaust it) to
	 * release the connection
	 * @throws io.github.springconfluence.ConfluenceException on any failure, while the
	 * stream is consumed; a 400 names the CQL
	 */
	public Stream<Document> stream() {
		Stream<SearchHit> hits = this.api.stream("/wiki/rest/api/search?cql={cql}&limit={limit}&expand={expand}",
				DocumentSearchWireFormat.Result.class, SearchHit::of, this.query.toString(), SEARCH_LIMIT, EXPAND);
		PageDocuments documents = new PageDocuments(hits.iterator(), this.query.toString(), this.pageService,
				this.userService, this.api, this.attachments);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(hits::close);
	}

	/**
	 * Lists the ids of every page the reader covers now, ignoring
	 * {@link Builder#modifiedSince(Instant)}: search requests only (⌈N / 250⌉, without
	 * expansions), no page list, no user lookup. Documents of the vector store whose ids
	 * are not listed were deleted (or moved out of scope) and can be removed;
	 * attachments' documents are not listed: remove those whose
	 * {@link ConfluenceDocumentMetadata#PAGE_ID pageId} is not listed.
	 * @return a lazy stream of page ids; close it (or exhaust it) to release the
	 * connection
	 * @throws io.github.springconfluence.ConfluenceException on any failure, while the
	 * stream is consumed
	 */
	public Stream<String> currentIds() {
		Stream<SearchResult> results = this.searchService.search(this.scope);
		return results.filter((result) -> "page".equals(result.type()) && result.contentId() != null)
			.map(SearchResult::contentId)
			.distinct();
	}

	/**
	 * Returns the query that {@link #stream()} sends.
	 * @return the CQL, {@code type = "page"} and the modification date included
	 */
	public Cql query() {
		return this.query;
	}

	@Override
	public String toString() {
		return "ConfluenceDocumentReader[" + this.query + "]";
	}

	/**
	 * Builds a {@link ConfluenceDocumentReader}: exactly one of {@link #cql(Cql)},
	 * {@link #spaceKeys(String...)} and {@link #pageTree(String)}, optionally
	 * {@link #modifiedSince(Instant)} and {@link #attachments(boolean)}. Not thread-safe;
	 * the reader it builds is.
	 */
	public static final class Builder {

		private final ConfluenceApiClient api;

		private final ConfluencePageService pageService;

		private final ConfluenceSearchService searchService;

		private final ConfluenceUserService userService;

		private final List<Cql> scopes = new ArrayList<>();

		private final @Nullable ConfluenceAttachmentService attachmentService;

		// Etc/GMT+12: the clocks that show the earliest local time for any instant.
		private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);

		private @Nullable Cql modifiedSince;

		private boolean attachments;

		private DataSize maxAttachmentSize = AttachmentDocuments.DEFAULT_MAX_SIZE;

		private boolean pdf = AttachmentDocuments.pdfReaderPresent();

		private Builder(ConfluenceApiClient api, ConfluencePageService pageService,
				ConfluenceSearchService searchService, ConfluenceUserService userService,
				@Nullable ConfluenceAttachmentService attachmentService) {
			Assert.notNull(api, "api must not be null");
			Assert.notNull(pageService, "pageService must not be null");
			Assert.notNull(searchService, "searchService must not be null");
			Assert.notNull(userService, "userService must not be null");
			this.api = api;
			this.pageService = pageService;
			this.searchService = searchService;
			this.userService = userService;
			this.attachmentService = attachmentService;
		}

		/**
		 * Reads the pages a CQL query finds; other content it finds (blog posts,
		 * attachments...) is not read: {@code type = "page"} is added to the query. Its
		 * {@code ORDER BY}, if any, is the documents' order.
		 * @param cql the query
		 * @return this builder
		 */
		public Builder cql(Cql cql) {
			Assert.notNull(cql, "cql must not be null");
			this.scopes.add(cql.and(Cql.type("page")));
			return this;
		}

		/**
		 * Reads every current page of some spaces: {@code type = "page" AND space in
		 * (...)}.
		 * @param spaceKeys the space keys, at least one
		 * @return this builder
		 */
		public Builder spaceKeys(String... spaceKeys) {
			Assert.notNull(spaceKeys, "spaceKeys must not be null");
			return spaceKeys(Arrays.asList(spaceKeys));
		}

		/**
		 * Reads every current page of some spaces: {@code type = "page" AND space in
		 * (...)}.
		 * @param spaceKeys the space keys, at least one
		 * @return this builder
		 */
		public Builder spaceKeys(Collection<String> spaceKeys) {
			Assert.notEmpty(spaceKeys, "Give at least one space key");
			this.scopes.add(Cql.type("page").and(Cql.space().in(spaceKeys)));
			return this;
		}

		/**
		 * Reads a page and every page below it: {@code type = "page" AND (ancestor =
		 * root OR id = root)}.
		 * @param rootId the numeric id of the page at the top of the tree
		 * @return this builder
		 * @throws IllegalArgumentException if the id is not a number
		 */
		public Builder pageTree(String rootId) {
			// both fields check that the id is a number
			this.scopes.add(Cql.type("page").and(Cql.ancestor(rootId).or(Cql.id(rootId))));
			return this;
		}

		/**
		 * Reads only the pages modified after an instant, whatever the searching
		 * account's time zone: Confluence reads CQL dates in that zone, which the API
		 * does not tell, so the bound is written in the earliest zone there is (UTC−12).
		 * In any zone from UTC−12 to UTC+14 that reads as the instant or up to 26 hours
		 * before it: pages modified just before the instant are read again (harmless for
		 * an upsert into a vector store), none after it is missed. Use
		 * {@link #modifiedSince(Instant, ZoneId)} with the account's zone for an exact
		 * bound.
		 * @param instant the instant, such as the start of the previous sync
		 * @return this builder
		 */
		public Builder modifiedSince(Instant instant) {
			return modifiedSince(instant, EARLIEST_ZONE);
		}

		/**
		 * Reads only the pages modified after an instant, written in the time zone that
		 * Confluence reads the searching account's dates in (its profile's).
		 * @param instant the instant
		 * @param zone the searching account's time zone
		 * @return this builder
		 */
		public Builder modifiedSince(Instant instant, ZoneId zone) {
			this.modifiedSince = Cql.lastModified().after(instant, zone);
			return this;
		}

		/**
		 * Also reads the attachments of the pages (off by default): each readable
		 * attachment becomes one or more documents, handed out after its page's document.
		 * Readable are {@code text/*} files (one document of the text) and, when
		 * {@code spring-ai-pdf-document-reader} is on the class path,
		 * {@code application/pdf} files (one document per PDF page with text, through
		 * Spring AI's {@code PagePdfDocumentReader}; id {@code att123} when the PDF has
		 * one such page, {@code att123#1}, {@code att123#2}... otherwise). Each
		 * attachment document's metadata are {@code id} (the attachment id),
		 * {@code title} (the file name), {@code mediaType}, {@code pageId},
		 * {@code spaceKey}, {@code url}, {@code version}, {@code lastModified}, and
		 * {@code pdfPage} for a PDF.
		 * <p>
		 * Costs one search request per batch of 250 pages (one more per further 250
		 * attachments of the batch), and one download request plus the media redirect per
		 * readable attachment; other types, empty files and files larger than
		 * {@link #maxAttachmentSize(DataSize)} are skipped without a download. With
		 * {@link #modifiedSince(Instant)}, the attachments read are those of the pages
		 * modified since.
		 * @param read whether to read attachments
		 * @return this builder
		 * @see #maxAttachmentSize(DataSize)
		 */
		public Builder attachments(boolean read) {
			this.attachments = read;
			return this;
		}

		/**
		 * Skips attachments larger than a size (50 MB unless set), without downloading
		 * them. A text file is held in memory to become a document, and a PDF is parsed
		 * in memory by Spring AI's reader (after a temporary file): this bounds both.
		 * @param maxSize the largest attachment to read, more than zero
		 * @return this builder
		 */
		public Builder maxAttachmentSize(DataSize maxSize) {
			Assert.notNull(maxSize, "maxSize must not be null");
			Assert.isTrue(maxSize.toBytes() > 0, "maxSize must be more than zero");
			this.maxAttachmentSize = maxSize;
			return this;
		}

		/** For tests: reads PDFs or not, whatever the class path holds. */
		Builder pdf(boolean pdf) {
			this.pdf = pdf;
			return this;
		}

		/**
		 * Builds the reader.
		 * @return the reader
		 * @throws IllegalStateException unless exactly one of {@link #cql(Cql)},
		 * {@link #spaceKeys(String...)} and {@link #pageTree(String)} was called, or when
		 * {@link #attachments(boolean) attachments} are to be read by a builder made
		 * without a {@link ConfluenceAttachmentService}
		 */
		public ConfluenceDocumentReader build() {
			Assert.state(this.scopes.size() == 1,
					() -> "Choose the pages with exactly one of cql(..), spaceKeys(..) and pageTree(..), not "
							+ this.scopes.size());
			AttachmentDocuments attachmentDocuments = null;
			if (this.attachments) {
				Assert.state(this.attachmentService != null,
						"Reading attachments needs a ConfluenceAttachmentService: start with the factory's builder() "
								+ "or builder(api, pageService, searchService, userService, attachmentService)");
				attachmentDocuments = new AttachmentDocuments(this.attachmentService, this.maxAttachmentSize, this.pdf);
			}
			return new ConfluenceDocumentReader(this, this.scopes.get(0), this.modifiedSince, attachmentDocuments);
		}

	}

}
