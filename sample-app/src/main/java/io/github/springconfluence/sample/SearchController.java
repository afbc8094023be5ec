package io.github.springconfluence.sample;

import java.util.List;

import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.search.Cql;
import io.github.springconfluence.search.SearchResult;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /search?q=..}: the user's words searched through {@link Cql}, which quotes
 * and escapes them, so that whatever {@code q} contains ({@code "}, {@code AND},
 * parentheses...) stays one value and can never add a clause.
 */
@RestController
class SearchController {

	/**
	 * The most results one call answers: the stream is lazy, so the rest is never asked
	 * for.
	 */
	private static final int MAX_RESULTS = 50;

	private final ConfluenceSearchService search;

	SearchController(ConfluenceSearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	List<SearchResult> search(@RequestParam String q, @RequestParam(required = false) @Nullable String space) {
		if (q.isBlank()) {
			throw new IllegalArgumentException("Give the words to search for as q, for example /search?q=release");
		}
		Cql cql = Cql.type().in("page", "blogpost").and(Cql.text().contains(q));
		if (space != null && !space.isBlank()) {
			cql = cql.and(Cql.space(space));
		}
		return this.search.search(cql.orderBy("lastmodified", Cql.Direction.DESC)).limit(MAX_RESULTS).toList();
	}

}
