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

	private ConfluenceDocumentReader(Builder builder, Cql scope, @Nullable Cql modifiedSince) {
		this.api = builder.api;
		this.pageService = builder.pageService;
		this.searchService = builder.searchService;
		this.userService = builder.userService;
		this.scope = scope;
		this.query = (modifiedSince != null) ? scope.and(modifiedSince) : scope;
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
		return new Builder(api, pageService, searchService, userService);
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
				this.userService);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(hits::close);
	}

	/**
	 * Lists the ids of every page the reader covers now, ignoring
	 * {@link Builder#modifiedSince(Instant)}: search requests only (⌈N / 250⌉, without
	 * expansions), no page list, no user lookup. Documents of the vector store whose ids
	 * are not listed were deleted (or moved out of scope) and can be removed.
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
	 * {@link #modifiedSince(Instant)}. Not thread-safe; the reader it builds is.
	 */
	public static final class Builder {

		private final ConfluenceApiClient api;

		private final ConfluencePageService pageService;

		private final ConfluenceSearchService searchService;

		private final ConfluenceUserService userService;

		private final List<Cql> scopes = new ArrayList<>();

		private @Nullable Cql modifiedSince;

		private Builder(ConfluenceApiClient api, ConfluencePageService pageService,
				ConfluenceSearchService searchService, ConfluenceUserService userService) {
			Assert.notNull(api, "api must not be null");
			Assert.notNull(pageService, "pageService must not be null");
			Assert.notNull(searchService, "searchService must not be null");
			Assert.notNull(userService, "userService must not be null");
			this.api = api;
			this.pageService = pageService;
			this.searchService = searchService;
			this.userService = userService;
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
		 * Reads only the pages modified after an instant: {@code lastmodified >
		 * "yyyy-MM-dd HH:mm"} in UTC, widened to the whole minute (a page modified in the
		 * same minute is read again; none is missed). Exact for a searching account whose
		 * Confluence time zone is UTC; otherwise use
		 * {@link #modifiedSince(Instant, ZoneId)}.
		 * @param instant the instant, such as the start of the previous sync
		 * @return this builder
		 */
		public Builder modifiedSince(Instant instant) {
			return modifiedSince(instant, ZoneOffset.UTC);
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
		 * Builds the reader.
		 * @return the reader
		 * @throws IllegalStateException unless exactly one of {@link #cql(Cql)},
		 * {@link #spaceKeys(String...)} and {@link #pageTree(String)} was called
		 */
		public ConfluenceDocumentReader build() {
			Assert.state(this.scopes.size() == 1,
					() -> "Choose the pages with exactly one of cql(..), spaceKeys(..) and pageTree(..), not "
							+ this.scopes.size());
			return new ConfluenceDocumentReader(this, this.scopes.get(0), this.modifiedSince);
		}

	}

}
