package io.github.springconfluence.page;

import org.springframework.util.Assert;

/**
 * What {@link ConfluencePageService#publish(PagePublication) publish} did.
 *
 * @param page the page as it is now
 * @param outcome whether it was created, updated or left alone
 */
public record PublishResult(Page page, Outcome outcome) {

	/**
	 * Creates a result.
	 * @param page the page
	 * @param outcome the outcome
	 */
	public PublishResult {
		Assert.notNull(page, "page must not be null");
		Assert.notNull(outcome, "outcome must not be null");
	}

	/**
	 * What a publication did to the page.
	 */
	public enum Outcome {

		/** No current page had the title: one was created. */
		CREATED,

		/** The body (or the parent) differed from the last publication: one update. */
		UPDATED,

		/**
		 * The body was the one last published, under the same parent: nothing written.
		 */
		UNCHANGED

	}

}
