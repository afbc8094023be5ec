package io.github.springconfluence.search;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceListContext;
import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.search.SearchWireFormat.V1Result;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link ConfluenceSearchService} over the {@link ConfluenceApiClient}, with the
 * {@link ConfluencePageService} fetching the pages a search finds.
 */
public class RestClientConfluenceSearchService implements ConfluenceSearchService {

	private static final Pattern HIGHLIGHT = Pattern.compile("@@@(end)?hl@@@");

	private static final Pattern SPACE_URL = Pattern.compile("^/spaces/([^/?#]+)");

	private final ConfluenceApiClient api;

	private final ConfluencePageService pageService;

	/**
	 * Creates the service.
	 * @param api the Confluence API client
	 * @param pageService the page service that {@link #pages(Cql, BodyFormat)} lists
	 * pages with
	 */
	public RestClientConfluenceSearchService(ConfluenceApiClient api, ConfluencePageService pageService) {
		Assert.notNull(api, "api must not be null");
		Assert.notNull(pageService, "pageService must not be null");
		this.api = api;
		this.pageService = pageService;
	}

	@Override
	public Stream<SearchResult> search(Cql cql) {
		Assert.notNull(cql, "cql must not be null");
		String text = cql.toString();
		Stream<SearchResult> results = this.api.stream("/wiki/rest/api/search?cql={cql}&limit={limit}", V1Result.class,
				RestClientConfluenceSearchService::fromV1, text, 250);
		return withCqlInErrors(results, text);
	}

	@Override
	public Stream<Page> pages(Cql cql, BodyFormat format) {
		Assert.notNull(cql, "cql must not be null");
		Assert.notNull(format, "format must not be null");
		Assert.isTrue(format.isListable(), () -> "Page lists carry bodies in STORAGE or ATLAS_DOC_FORMAT only, not "
				+ format + ": read single pages with ConfluencePageService.findById(id, format)");
		// Lazy as the search itself: nothing is requested before the first element.
		Stream<SearchResult> results = search(cql);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(new SearchedPages(results.iterator(), this.pageService, format),
					Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(results::close);
	}

	/** A 400 names the query, so that the caller sees what Confluence could not parse. */
	private static Stream<SearchResult> withCqlInErrors(Stream<SearchResult> results, String cql) {
		Iterator<SearchResult> iterator = results.iterator();
		Iterator<SearchResult> guarded = new Iterator<>() {

			@Override
			public boolean hasNext() {
				try {
					return iterator.hasNext();
				}
				catch (ConfluenceException ex) {
					if (ex.statusCode() == 400) {
						throw new ConfluenceException(ex.getMessage() + " (CQL: " + cql + ")", ex.statusCode(),
								ex.traceId(), ex);
					}
					throw ex;
				}
			}

			@Override
			public SearchResult next() {
				return iterator.next();
			}

		};
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(guarded, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(results::close);
	}

	private static @Nullable SearchResult fromV1(V1Result result, ConfluenceListContext list) {
		String type = type(result);
		String title = unhighlight(result.title());
		if (title == null && result.content() != null) {
			title = result.content().title();
		}
		if (type == null || title == null) {
			return null; // nothing to name it by: skipped, as a result Confluence
							// half-sent
		}
		String webui = (result.content() != null && result.content().links() != null) ? result.content().links().webui()
				: result.url();
		return new SearchResult(type, (result.content() != null) ? result.content().id() : null, title,
				spaceKey(result), unhighlight(result.excerpt()), result.lastModified(), list.webUrl(webui));
	}

	private static @Nullable String type(V1Result result) {
		if (result.content() != null && result.content().type() != null) {
			return result.content().type();
		}
		if (result.space() != null) {
			return "space";
		}
		if (result.user() != null) {
			return "user";
		}
		return result.entityType();
	}

	private static @Nullable String spaceKey(V1Result result) {
		if (result.content() != null && result.content().space() != null && result.content().space().key() != null) {
			return result.content().space().key();
		}
		if (result.space() != null && result.space().key() != null) {
			return result.space().key();
		}
		if (result.resultGlobalContainer() != null && result.resultGlobalContainer().displayUrl() != null) {
			Matcher matcher = SPACE_URL.matcher(result.resultGlobalContainer().displayUrl());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return null;
	}

	private static @Nullable String unhighlight(@Nullable String text) {
		return (text != null) ? HIGHLIGHT.matcher(text).replaceAll("") : null;
	}

}
