package io.github.springconfluence.ai;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.markdown.StorageToMarkdown;
import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.page.PageQuery;
import io.github.springconfluence.user.ConfluenceUserService;
import org.jspecify.annotations.Nullable;

import org.springframework.ai.document.Document;

/**
 * The documents behind a stream of expanded search hits, one batch at a time: up to
 * {@link PageQuery#MAX_IDS} hits are taken, their bodies fetched with one v2 page-list
 * request, the display names of every author and mentioned user of the batch looked up
 * with one call to the (caching) user service, the bodies converted to Markdown with
 * {@link StorageToMarkdown}, and the documents handed out in the search's order. Only one
 * batch is held at a time, whatever the number of results.
 * <p>
 * With {@link AttachmentDocuments}, the attachments of the batch's pages are listed with
 * one more search (one per 250 attachments), and each page's document is followed by the
 * documents of its readable attachments, each downloaded only when the documents before
 * it are used up: one attachment's documents are held at a time.
 */
final class PageDocuments implements Iterator<Document> {

	private final Iterator<SearchHit> hits;

	private final String cql;

	private final ConfluencePageService pageService;

	private final ConfluenceUserService userService;

	private final @Nullable ConfluenceApiClient api;

	private final @Nullable AttachmentDocuments attachments;

	/** The batch's pages still to hand out, each with its attachments to read. */
	private final Deque<PageEntry> batch = new ArrayDeque<>();

	/** The attachments of the page handed out last, still to read. */
	private final Deque<AttachmentEntry> pendingAttachments = new ArrayDeque<>();

	/** Documents ready to hand out: a page's, or those of one attachment. */
	private final Deque<Document> ready = new ArrayDeque<>();

	PageDocuments(Iterator<SearchHit> hits, String cql, ConfluencePageService pageService,
			ConfluenceUserService userService) {
		this(hits, cql, pageService, userService, null, null);
	}

	PageDocuments(Iterator<SearchHit> hits, String cql, ConfluencePageService pageService,
			ConfluenceUserService userService, @Nullable ConfluenceApiClient api,
			@Nullable AttachmentDocuments attachments) {
		this.hits = hits;
		this.cql = cql;
		this.pageService = pageService;
		this.userService = userService;
		this.api = api;
		this.attachments = attachments;
	}

	@Override
	public boolean hasNext() {
		while (this.ready.isEmpty()) {
			if (!this.pendingAttachments.isEmpty()) {
				AttachmentEntry next = this.pendingAttachments.removeFirst();
				this.ready.addAll(this.attachments.read(next.attachment(), next.page()));
			}
			else if (!this.batch.isEmpty()) {
				PageEntry next = this.batch.removeFirst();
				this.ready.addLast(next.document());
				next.attachments()
					.forEach((attachment) -> this.pendingAttachments
						.addLast(new AttachmentEntry(attachment, next.hit())));
			}
			else if (hasNextHit()) {
				// A batch whose pages were all deleted since the search is empty: take
				// the next.
				fetchNextBatch();
			}
			else {
				return false;
			}
		}
		return true;
	}

	@Override
	public Document next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.ready.removeFirst();
	}

	private void fetchNextBatch() {
		// Insertion order is the search's order; a page found twice is read once.
		Map<String, SearchHit> hitsById = new LinkedHashMap<>();
		while (hitsById.size() < PageQuery.MAX_IDS && hasNextHit()) {
			SearchHit hit = nextHit();
			hitsById.putIfAbsent(hit.id(), hit);
		}
		if (hitsById.isEmpty()) {
			return;
		}
		PageQuery query = PageQuery.builder()
			.ids(hitsById.keySet().toArray(String[]::new))
			.bodyFormat(BodyFormat.STORAGE)
			.pageSize(PageQuery.MAX_PAGE_SIZE)
			.build();
		Map<String, Page> pages;
		try (Stream<Page> listed = this.pageService.pages(query)) {
			// The v2 list answers in its own order (by id): the search's is put back
			// below.
			pages = listed.collect(Collectors.toMap(Page::id, Function.identity(), (first, second) -> first));
		}
		Set<String> accounts = new LinkedHashSet<>();
		for (Page page : pages.values()) {
			SearchHit hit = hitsById.get(page.id());
			String author = authorId(page, hit);
			if (author != null) {
				accounts.add(author);
			}
			if (page.body() != null) {
				MentionedAccounts.collect(page.body().value(), accounts);
			}
		}
		BatchDisplayNames names = BatchDisplayNames.lookUp(accounts, this.userService);
		StorageToMarkdown markdown = StorageToMarkdown.withUserDisplayNames(names);
		Set<String> listed = new LinkedHashSet<>(hitsById.keySet()); // the search's order
		listed.retainAll(pages.keySet());
		Map<String, List<AttachmentHit>> attachmentsByPage = attachments(listed);
		for (SearchHit hit : hitsById.values()) {
			Page page = pages.get(hit.id());
			if (page != null) {
				this.batch.addLast(new PageEntry(hit, document(hit, page, names, markdown),
						attachmentsByPage.getOrDefault(page.id(), List.of())));
			}
		}
	}

	/**
	 * The readable attachments of a batch's pages, by page, in the search's order: one
	 * search (one per 250 attachments), none without attachments to read.
	 */
	private Map<String, List<AttachmentHit>> attachments(Set<String> pageIds) {
		if (this.attachments == null || this.api == null || pageIds.isEmpty()) {
			return Map.of();
		}
		String query = AttachmentDocuments.query(pageIds).toString();
		Map<String, List<AttachmentHit>> byPage = new LinkedHashMap<>();
		try (Stream<AttachmentHit> hits = this.api.stream(
				"/wiki/rest/api/search?cql={cql}&limit={limit}&expand={expand}", DocumentSearchWireFormat.Result.class,
				AttachmentHit::of, query, ConfluenceDocumentReader.SEARCH_LIMIT, AttachmentDocuments.EXPAND)) {
			Set<String> seen = new HashSet<>();
			hits.filter((hit) -> pageIds.contains(hit.pageId()) && seen.add(hit.id()))
				.filter(this.attachments::readable)
				.forEach((hit) -> byPage.computeIfAbsent(hit.pageId(), (id) -> new ArrayList<>()).add(hit));
		}
		catch (ConfluenceException ex) {
			throw withCql(ex, query);
		}
		return byPage;
	}

	private static Document document(SearchHit hit, Page page, BatchDisplayNames names, StorageToMarkdown markdown) {
		String storage = (page.body() != null) ? page.body().value() : "";
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(ConfluenceDocumentMetadata.ID, page.id());
		metadata.put(ConfluenceDocumentMetadata.TITLE, page.title());
		putIfKnown(metadata, ConfluenceDocumentMetadata.SPACE_KEY, hit.spaceKey());
		Object url = (page.webUrl() != null) ? page.webUrl() : hit.webUrl();
		putIfKnown(metadata, ConfluenceDocumentMetadata.URL, (url != null) ? url.toString() : null);
		metadata.put(ConfluenceDocumentMetadata.VERSION, page.version().number());
		Object lastModified = (page.version().createdAt() != null) ? page.version().createdAt() : hit.lastModified();
		putIfKnown(metadata, ConfluenceDocumentMetadata.LAST_MODIFIED,
				(lastModified != null) ? lastModified.toString() : null);
		metadata.put(ConfluenceDocumentMetadata.LABELS, hit.labels());
		metadata.put(ConfluenceDocumentMetadata.ANCESTORS, hit.ancestors());
		putIfKnown(metadata, ConfluenceDocumentMetadata.AUTHOR, author(page, hit, names));
		return Document.builder().id(page.id()).text(markdown.convert(storage)).metadata(metadata).build();
	}

	private static @Nullable String authorId(Page page, @Nullable SearchHit hit) {
		if (page.version().authorId() != null) {
			return page.version().authorId();
		}
		return (hit != null) ? hit.authorId() : null;
	}

	private static @Nullable String author(Page page, SearchHit hit, BatchDisplayNames names) {
		String id = authorId(page, hit);
		if (id == null) {
			return hit.authorName();
		}
		String name = names.get(id);
		if (name == null && id.equals(hit.authorId())) {
			name = hit.authorName();
		}
		return (name != null) ? name : id;
	}

	private static void putIfKnown(Map<String, Object> metadata, String key, @Nullable Object value) {
		if (value != null) {
			metadata.put(key, value);
		}
	}

	private boolean hasNextHit() {
		try {
			return this.hits.hasNext();
		}
		catch (ConfluenceException ex) {
			throw withCql(ex);
		}
	}

	private SearchHit nextHit() {
		try {
			return this.hits.next();
		}
		catch (ConfluenceException ex) {
			throw withCql(ex);
		}
	}

	/** A 400 names the query, so that the caller sees what Confluence could not parse. */
	private ConfluenceException withCql(ConfluenceException ex) {
		return withCql(ex, this.cql);
	}

	private static ConfluenceException withCql(ConfluenceException ex, String cql) {
		if (ex.statusCode() != 400) {
			return ex;
		}
		return new ConfluenceException(ex.getMessage() + " (CQL: " + cql + ")", ex.statusCode(), ex.traceId(), ex);
	}

	/** A page of the batch: its document and its readable attachments. */
	private record PageEntry(SearchHit hit, Document document, List<AttachmentHit> attachments) {
	}

	/** An attachment still to read, with the page it belongs to. */
	private record AttachmentEntry(AttachmentHit attachment, SearchHit page) {
	}

}
