package io.github.springconfluence.test;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A page held by {@link FakeConfluence}, owned by a space; it owns its children,
 * attachments, labels, properties and versions (see
 * {@link FakeConfluence#addPage(String, String)}).
 *
 * @param id the numeric page id (a string in v2 JSON)
 * @param spaceId the id of the space the page belongs to
 * @param title the title, unique in its space
 * @param parentId the parent page's id, or {@code null} for a page at the top of its
 * space
 * @param status {@code current}, {@code trashed}, ...
 * @param authorId the account id of the creator
 * @param createdAt when the page was created
 * @param version the current version number, from 1
 */
public record FakePage(long id, long spaceId, String title, @Nullable Long parentId, String status, String authorId,
		Instant createdAt, int version) {

	/**
	 * Creates a page record.
	 * @param id the page id
	 * @param spaceId the space id
	 * @param title the title
	 * @param parentId the parent's id, or {@code null}
	 * @param status the status
	 * @param authorId the creator's account id
	 * @param createdAt the creation time
	 * @param version the version number
	 */
	public FakePage {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(authorId, "authorId");
		Objects.requireNonNull(createdAt, "createdAt");
	}

	FakePage withStatus(String newStatus) {
		return new FakePage(id, spaceId, title, parentId, newStatus, authorId, createdAt, version);
	}
}
