package io.github.springconfluence.test;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A page held by {@link FakeConfluence} (one version of it), owned by a space; it owns
 * its children, attachments, labels, properties and earlier versions (see
 * {@link FakeConfluence#addPage(String, String)}).
 *
 * @param id the numeric page id (a string in v2 JSON)
 * @param spaceId the id of the space the page belongs to
 * @param title the title, unique among the space's pages that are not trashed
 * @param parentId the parent page's id, or {@code null} for a page at the top of its
 * space
 * @param status {@code current}, {@code draft}, {@code trashed}, {@code archived}, ...
 * @param authorId the account id of the creator (also the owner)
 * @param createdAt when the page was created
 * @param version this version's number, from 1
 * @param versionMessage this version's message, empty when none was given
 * @param minorEdit whether this version was a minor edit
 * @param versionAuthorId the account id of whoever wrote this version
 * @param versionCreatedAt when this version was written
 * @param position the page's position among its siblings, from 0
 * @param representation the stored body's representation, {@code storage} or
 * {@code atlas_doc_format} (a body written as {@code wiki} is stored as {@code storage},
 * unconverted)
 * @param body the stored body, as written
 */
public record FakePage(long id, long spaceId, String title, @Nullable Long parentId, String status, String authorId,
		Instant createdAt, int version, String versionMessage, boolean minorEdit, String versionAuthorId,
		Instant versionCreatedAt, int position, String representation, String body) {

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
	 * @param versionMessage the version message
	 * @param minorEdit whether the version is a minor edit
	 * @param versionAuthorId the version author's account id
	 * @param versionCreatedAt when the version was written
	 * @param position the position among siblings
	 * @param representation the body's representation
	 * @param body the body
	 */
	public FakePage {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(authorId, "authorId");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(versionMessage, "versionMessage");
		Objects.requireNonNull(versionAuthorId, "versionAuthorId");
		Objects.requireNonNull(versionCreatedAt, "versionCreatedAt");
		Objects.requireNonNull(representation, "representation");
		Objects.requireNonNull(body, "body");
	}

	/**
	 * Returns the page's owner, who is its creator in this fake.
	 * @return the owner's account id
	 */
	public String ownerId() {
		return authorId;
	}

	FakePage withStatus(String newStatus) {
		return new FakePage(id, spaceId, title, parentId, newStatus, authorId, createdAt, version, versionMessage,
				minorEdit, versionAuthorId, versionCreatedAt, position, representation, body);
	}

	FakePage withPlace(long newSpaceId, @Nullable Long newParentId, int newPosition) {
		return new FakePage(id, newSpaceId, title, newParentId, status, authorId, createdAt, version, versionMessage,
				minorEdit, versionAuthorId, versionCreatedAt, newPosition, representation, body);
	}

	FakePage withDates(Instant newCreatedAt, Instant newVersionCreatedAt) {
		return new FakePage(id, spaceId, title, parentId, status, authorId, newCreatedAt, version, versionMessage,
				minorEdit, versionAuthorId, newVersionCreatedAt, position, representation, body);
	}

	/** The next version: new content, number + 1, written now by {@code editor}. */
	FakePage nextVersion(String newTitle, String newStatus, String newRepresentation, String newBody, String message,
			boolean minor, String editor) {
		return new FakePage(id, spaceId, newTitle, parentId, newStatus, authorId, createdAt, version + 1, message,
				minor, editor, Instant.now(), position, newRepresentation, newBody);
	}

}
