package io.github.springconfluence.sample;

import java.net.URI;
import java.util.List;

import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.page.Page;
import io.github.springconfluence.page.PageBody;
import io.github.springconfluence.page.PagePublication;
import io.github.springconfluence.page.PageQuery;
import io.github.springconfluence.page.PublishResult;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /spaces/{key}/pages}, {@code GET /pages/{id}}, {@code POST
 * /spaces/{key}/publish} and {@code POST /spaces/{key}/publish-markdown}, served from
 * {@link ConfluencePageService}.
 */
@RestController
class PagesController {

	private final ConfluencePageService pages;

	PagesController(ConfluencePageService pages) {
		this.pages = pages;
	}

	@GetMapping("/spaces/{key}/pages")
	List<PageSummary> pagesOfSpace(@PathVariable String key) {
		return this.pages.pages(PageQuery.builder().spaceKeys(key).statuses("current").build())
			.map((page) -> new PageSummary(page.id(), page.title(), page.webUrl()))
			.toList();
	}

	@GetMapping("/pages/{id}")
	ResponseEntity<PageDetail> page(@PathVariable String id) {
		return ResponseEntity.of(this.pages.findById(id).map(PageDetail::of));
	}

	@PostMapping("/spaces/{key}/publish")
	PublishOutcome publish(@PathVariable String key, @RequestBody PublishRequest request) {
		return publish(key, request.title(), PageBody.storage(request.body()));
	}

	@PostMapping("/spaces/{key}/publish-markdown")
	PublishOutcome publishMarkdown(@PathVariable String key, @RequestBody MarkdownPublishRequest request) {
		// Converted to storage format (code blocks as code macros, "> **Note**" as
		// panels)
		// before it is sent; publishing is idempotent on the converted body.
		return publish(key, request.title(), PageBody.markdown(request.markdown()));
	}

	private PublishOutcome publish(String spaceKey, String title, PageBody body) {
		PublishResult result = this.pages
			.publish(PagePublication.builder().spaceKey(spaceKey).title(title).body(body).build());
		Page page = result.page();
		return new PublishOutcome(result.outcome().name(), page.id(), page.version().number(), page.webUrl());
	}

	/**
	 * What {@code POST /spaces/{key}/publish-markdown} takes.
	 *
	 * @param title the page title
	 * @param markdown the body as Markdown (CommonMark with GitHub tables and task lists)
	 */
	record MarkdownPublishRequest(String title, String markdown) {
	}

	/**
	 * A page in a list.
	 *
	 * @param id the page id
	 * @param title the title
	 * @param webUrl the page in Confluence's web UI, if known
	 */
	record PageSummary(String id, String title, @Nullable URI webUrl) {
	}

	/**
	 * One page with its body.
	 *
	 * @param id the page id
	 * @param title the title
	 * @param version the current version number
	 * @param body the storage-format body, if any
	 * @param webUrl the page in Confluence's web UI, if known
	 */
	record PageDetail(String id, String title, int version, @Nullable String body, @Nullable URI webUrl) {

		static PageDetail of(Page page) {
			return new PageDetail(page.id(), page.title(), page.version().number(),
					(page.body() != null) ? page.body().value() : null, page.webUrl());
		}

	}

	/**
	 * What {@code POST /spaces/{key}/publish} takes.
	 *
	 * @param title the page title
	 * @param body the storage-format body
	 */
	record PublishRequest(String title, String body) {
	}

	/**
	 * What {@code POST /spaces/{key}/publish} answers.
	 *
	 * @param outcome {@code CREATED}, {@code UPDATED} or {@code UNCHANGED}
	 * @param id the page id
	 * @param version the page's version now
	 * @param webUrl the page in Confluence's web UI, if known
	 */
	record PublishOutcome(String outcome, String id, int version, @Nullable URI webUrl) {
	}

}
