package io.github.springconfluence.page;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What {@link ConfluencePageService#edit(String, java.util.function.UnaryOperator) edit}
 * lets a change see and alter: the title, the body and the parent. Immutable; the
 * {@code with...} methods return a copy.
 *
 * @param title the title
 * @param body the body
 * @param parentId the parent's id, or {@code null} at the top of the space
 */
public record PageContent(String title, PageBody body, @Nullable String parentId) {

	/**
	 * Creates content.
	 * @param title the title
	 * @param body the body
	 * @param parentId the parent's id, or {@code null}
	 */
	public PageContent {
		Assert.hasText(title, "title must not be blank");
		Assert.notNull(body, "body must not be null");
	}

	/**
	 * Returns a copy with another title.
	 * @param title the new title
	 * @return the copy
	 */
	public PageContent withTitle(String title) {
		return new PageContent(title, this.body, this.parentId);
	}

	/**
	 * Returns a copy with another body.
	 * @param body the new body
	 * @return the copy
	 */
	public PageContent withBody(PageBody body) {
		return new PageContent(this.title, body, this.parentId);
	}

	/**
	 * Returns a copy with a body in storage format.
	 * @param xhtml the storage XHTML
	 * @return the copy
	 */
	public PageContent withStorageBody(String xhtml) {
		return withBody(PageBody.storage(xhtml));
	}

	/**
	 * Returns a copy under another parent of the same space.
	 * @param parentId the new parent's id
	 * @return the copy
	 */
	public PageContent withParentId(@Nullable String parentId) {
		return new PageContent(this.title, this.body, parentId);
	}

}
