package io.github.springconfluence.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.page.PageQuery;

import org.springframework.util.StringUtils;

/**
 * The pages behind a stream of search results: ids are taken from the search, at most
 * {@link PageQuery#MAX_IDS} at a time, and fetched with one v2 page-list request per
 * batch, then handed out in the search's order. Only one batch of pages is held at a
 * time, whatever the number of results (and the ids handed out, to skip repeats).
 */
final class SearchedPages implements Iterator<Page> {

	private final Iterator<SearchResult> results;

	private final ConfluencePageService pageService;

	private final BodyFormat format;

	private final Deque<Page> batch = new ArrayDeque<>();

	// Ids already handed out: a page the search lists twice (results shift while it is
	// paged) comes once. Ids only, a few dozen bytes per page.
	private final Set<String> seen = new HashSet<>();

	SearchedPages(Iterator<SearchResult> results, ConfluencePageService pageService, BodyFormat format) {
		this.results = results;
		this.pageService = pageService;
		this.format = format;
	}

	@Override
	public boolean hasNext() {
		// A batch whose pages were all deleted since the search is empty: take the next.
		while (this.batch.isEmpty() && this.results.hasNext()) {
			fetchNextBatch();
		}
		return !this.batch.isEmpty();
	}

	@Override
	public Page next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.batch.removeFirst();
	}

	private void fetchNextBatch() {
		// Insertion order is the search's order.
		Set<String> ids = new LinkedHashSet<>();
		while (ids.size() < PageQuery.MAX_IDS && this.results.hasNext()) {
			SearchResult result = this.results.next();
			String id = result.contentId();
			if ("page".equals(result.type()) && StringUtils.hasText(id) && id.indexOf(',') < 0 && this.seen.add(id)) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			return;
		}
		PageQuery query = PageQuery.builder()
			.ids(ids.toArray(String[]::new))
			.bodyFormat(this.format)
			.pageSize(PageQuery.MAX_PAGE_SIZE)
			.build();
		Map<String, Page> byId;
		try (Stream<Page> pages = this.pageService.pages(query)) {
			// The v2 list answers in its own order (by id): put the search's back.
			byId = pages.collect(Collectors.toMap(Page::id, Function.identity(), (first, second) -> first));
		}
		for (String id : ids) {
			Page page = byId.get(id);
			if (page != null) {
				this.batch.addLast(page);
			}
		}
	}

}
