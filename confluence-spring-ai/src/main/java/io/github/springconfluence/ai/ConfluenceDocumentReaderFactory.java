package io.github.springconfluence.ai;

import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.page.ConfluencePageService;
import io.github.springconfluence.search.ConfluenceSearchService;
import io.github.springconfluence.user.ConfluenceUserService;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Makes {@link ConfluenceDocumentReader}s over the same services: auto-configured by
 * {@link ConfluenceDocumentReaderAutoConfiguration} when Spring AI is on the class path,
 * so that an application writes {@code factory.builder().spaceKeys("ENG").build().get()}
 * (and {@code .attachments(true)} to read attachments too).
 */
public final class ConfluenceDocumentReaderFactory {

	private final ConfluenceApiClient api;

	private final ConfluencePageService pageService;

	private final ConfluenceSearchService searchService;

	private final ConfluenceUserService userService;

	private final @Nullable ConfluenceAttachmentService attachmentService;

	/**
	 * Creates a factory whose readers do not read attachments.
	 * @param api the API client
	 * @param pageService the page service
	 * @param searchService the search service
	 * @param userService the user service
	 */
	public ConfluenceDocumentReaderFactory(ConfluenceApiClient api, ConfluencePageService pageService,
			ConfluenceSearchService searchService, ConfluenceUserService userService) {
		this(api, pageService, searchService, userService, null);
	}

	/**
	 * Creates the factory.
	 * @param api the API client
	 * @param pageService the page service
	 * @param searchService the search service
	 * @param userService the user service
	 * @param attachmentService the attachment service, for readers that read attachments
	 * ({@link ConfluenceDocumentReader.Builder#attachments(boolean)}), or {@code null}
	 */
	public ConfluenceDocumentReaderFactory(ConfluenceApiClient api, ConfluencePageService pageService,
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
	 * Starts a reader over the factory's services.
	 * @return a new builder
	 */
	public ConfluenceDocumentReader.Builder builder() {
		if (this.attachmentService == null) {
			return ConfluenceDocumentReader.builder(this.api, this.pageService, this.searchService, this.userService);
		}
		return ConfluenceDocumentReader.builder(this.api, this.pageService, this.searchService, this.userService,
				this.attachmentService);
	}

}
