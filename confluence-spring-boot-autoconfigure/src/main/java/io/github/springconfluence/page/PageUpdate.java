package io.github.springconfluence.page;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A full update of a page: Confluence's v2 update replaces the title and the body and
 * needs the version they were based on.
 *
 * @param title the new title
 * @param body the new body
 * @param version the version number the caller read (the update is sent as version + 1;
 * Confluence answers 409 if someone saved a newer one meanwhile)
 * @param parentId a new parent in the same space, or {@code null} to keep the parent
 * @param message the version message, or {@code null}
 */
public record PageUpdate(String title, PageBody body, int version, @Nullable String parentId,
		@Nullable String message) {

	/**
	 * Creates an update.
	 * @param title the new title
	 * @param body the new body
	 * @param version the version read
	 * @param parentId the new parent, or {@code null}
	 * @param message the version message, or {@code null}
	 */
	public PageUpdate {
		Assert.hasText(title, "title must not be blank");
		Assert.notNull(body, "body must not be null");
		body.requireWritable();
		Assert.isTrue(version >= 1, "version must be the version number that was read (1 or more)");
	}

	/**
	 * An update of the title and body, based on the version read.
	 * @param title the new title
	 * @param body the new body
	 * @param version the version number read
	 * @return the update
	 */
	public static PageUpdate of(String title, PageBody body, int version) {
		return new PageUpdate(title, body, version, null, null);
	}

	/**
	 * Returns a copy with a version message.
	 * @param message the message
	 * @return the copy
	 */
	public PageUpdate withMessage(@Nullable String message) {
		return new PageUpdate(this.title, this.body, this.version, this.parentId, message);
	}

	/**
	 * Returns a copy that also moves the page under another parent of its space.
	 * @param parentId the new parent's id
	 * @return the copy
	 */
	public PageUpdate withParentId(@Nullable String parentId) {
		return new PageUpdate(this.title, this.body, this.version, parentId, this.message);
	}

}
