package io.github.springconfluence.search;

import java.util.stream.Stream;

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

}
