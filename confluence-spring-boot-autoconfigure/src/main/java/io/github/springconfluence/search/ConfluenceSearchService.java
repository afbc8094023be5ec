package io.github.springconfluence.search;

import java.util.stream.Stream;

import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.Page;

/**
 * Searches Confluence with CQL (v1 {@code GET /wiki/rest/api/search}: v2 has no search).
 * Queries are built with {@link Cql}, whose values are always quoted and escaped, so user
 * input can never change a query's structure.
 */
public interface ConfluenceSearchService {

	/**
	 * Searches, lazily: 250 results per request (unless Confluence clamps it), following
	 * {@code _links.next} (cursor paging; {@code start} is never used, Confluence ignores
	 * it), the gateway prefix kept.
	 * @param cql the query
	 * @return a lazy stream of results, in Confluence's order
	 * @throws io.github.springconfluence.ConfluenceException with status 400 and the CQL
	 * text when Confluence cannot parse the query
	 */
	Stream<SearchResult> search(Cql cql);

	/**
	 * Returns the pages a query finds, with their bodies, in the search's order, lazily:
	 * the ids come from the search, then the pages from the v2 page list, 250 ids per
	 * request, so N pages cost ⌈N / 250⌉ search requests (fewer results per page if
	 * Confluence clamps the limit) plus ⌈N / 250⌉ page-list requests, never one request
	 * per page. Results that are not pages (blog posts, attachments, spaces...) are
	 * skipped, so add {@code Cql.type("page")} to the query to avoid fetching them at
	 * all; a page deleted between the search and the page list is skipped too. At most
	 * 250 pages are held in memory at a time.
	 * @param cql the query
	 * @param format the body format, one that page lists can carry
	 * ({@link BodyFormat#isListable()})
	 * @return a lazy stream of pages; close it (or exhaust it) to release the connection
	 * @throws io.github.springconfluence.ConfluenceException with status 400 and the CQL
	 * text when Confluence cannot parse the query
	 * @throws IllegalArgumentException when the format cannot be listed
	 */
	Stream<Page> pages(Cql cql, BodyFormat format);

}
