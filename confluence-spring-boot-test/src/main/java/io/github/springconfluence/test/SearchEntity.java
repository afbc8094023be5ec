package io.github.springconfluence.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something the fake's CQL search can find, with the values its fields read: a current
 * page, an attachment of one, or a space.
 *
 * <ul>
 * <li>{@code type}: {@code page}, {@code attachment} or {@code space};</li>
 * <li>{@code space}: the key of the space it is in (a space: its own key);</li>
 * <li>{@code title}: the page title, the attachment's file name, the space name;</li>
 * <li>{@code text}: the title, the body's words (see {@link StorageText}) and the labels
 * of a page; the file name and comment of an attachment; the name and description of a
 * space;</li>
 * <li>{@code label}: a page's or space's labels (attachments have none here);</li>
 * <li>{@code id}: the content id (an attachment: the number in {@code att123}; a space
 * has none);</li>
 * <li>{@code parent} and {@code ancestor}: a page's parent and every page above it; an
 * attachment is below its page, so its parent is that page and its ancestors are the page
 * and the page's ancestors; a space has none;</li>
 * <li>{@code container}: an attachment's page, as Confluence documents the field
 * ("attachments contained in a page": {@code container = 123}); a page's container is its
 * space, which is not content, so pages and spaces have none here;</li>
 * <li>{@code created} and {@code lastmodified}: a page's creation and current version
 * times ({@link FakeConfluence#setPageDates}), an attachment's upload time (both), a
 * space's creation time (both).</li>
 * </ul>
 *
 * @param type the CQL type
 * @param number the numeric id that orders results: the content id, an attachment's
 * number, a space's id
 * @param ids the values of the {@code id} field
 * @param title the title
 * @param plainBody the body's words, an attachment's comment, a space's description: what
 * excerpts are cut from
 * @param space the space
 * @param labels the labels
 * @param parentId the parent's id, or null
 * @param ancestorIds the ids above it, the top first
 * @param created when it was created
 * @param lastModified when it was last changed
 * @param page the page, or for an attachment the page it is attached to; null for a space
 * @param attachment the attachment, or null
 */
record SearchEntity(String type, long number, List<Long> ids, String title, String plainBody, FakeSpace space,
		List<String> labels, @Nullable Long parentId, List<Long> ancestorIds, Instant created, Instant lastModified,
		@Nullable FakePage page, @Nullable FakeAttachment attachment) {

	static SearchEntity page(FakePage page, FakeSpace space, List<String> labels, List<Long> ancestorIds) {
		return new SearchEntity("page", page.id(), List.of(page.id()), page.title(),
				StorageText.plain(page.representation(), page.body()), space, List.copyOf(labels), page.parentId(),
				List.copyOf(ancestorIds), page.createdAt(), page.versionCreatedAt(), page, null);
	}

	static SearchEntity attachment(FakeAttachment attachment, FakePage page, FakeSpace space,
			List<Long> pageAncestorIds) {
		long number = Long.parseLong(attachment.id().replaceFirst("^att", ""));
		List<Long> ancestors = new ArrayList<>(pageAncestorIds);
		ancestors.add(page.id());
		return new SearchEntity("attachment", number, List.of(number), attachment.title(),
				attachment.comment() == null ? "" : attachment.comment(), space, List.of(), page.id(),
				List.copyOf(ancestors), attachment.createdAt(), attachment.createdAt(), page, attachment);
	}

	static SearchEntity space(FakeSpace space) {
		return new SearchEntity("space", space.id(), List.of(), space.name(),
				space.description() == null ? "" : space.description(), space, List.copyOf(space.labels()), null,
				List.of(), space.createdAt(), space.createdAt(), null, null);
	}

	/** What {@code text ~} searches: the title, the body's words and the labels. */
	String text() {
		return title + "\n" + plainBody + (labels.isEmpty() ? "" : "\n" + String.join(" ", labels));
	}

	/** The values of the {@code container} field: an attachment's page id, or none. */
	List<Long> containerIds() {
		return (attachment != null && page != null) ? List.of(page.id()) : List.of();
	}

	/** The space key, the value of the {@code space} field. */
	String spaceKey() {
		return space.key();
	}

}
