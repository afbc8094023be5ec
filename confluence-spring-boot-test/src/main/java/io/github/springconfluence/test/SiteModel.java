package io.github.springconfluence.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The site's content and who owns what: a space owns its pages, a page owns its children,
 * attachments, labels, properties and versions. Deleting a page takes what it owns with
 * it. One lock guards every relation, so that a listing never sees an attachment of a
 * page that is not there.
 */
final class SiteModel {

	private static final long FIRST_PAGE_ID = 65_601;

	private static final long FIRST_ATTACHMENT_NUMBER = 1_769_473;

	private final SpaceStore spaces;

	private final EntityStore<PageNode> pages = new EntityStore<>(FIRST_PAGE_ID);

	// Attachment id -> page id: v2 reads attachments by id alone.
	private final Map<String, Long> attachmentOwners = new ConcurrentHashMap<>();

	private final AtomicLong nextAttachmentNumber = new AtomicLong(FIRST_ATTACHMENT_NUMBER);

	SiteModel(SpaceStore spaces) {
		this.spaces = spaces;
	}

	SpaceStore spaces() {
		return spaces;
	}

	synchronized FakePage addPage(String spaceKey, String title, @Nullable Long parentId, String authorId) {
		FakeSpace space = spaces.byKey(spaceKey)
			.orElseThrow(() -> new IllegalArgumentException("No space with key " + spaceKey));
		boolean taken = pages.view()
			.values()
			.stream()
			.anyMatch(node -> node.page.spaceId() == space.id() && node.page.title().equals(title)
					&& !node.page.status().equals("trashed"));
		if (taken) {
			throw new IllegalArgumentException("A page with this title already exists: " + title);
		}
		PageNode parent = null;
		if (parentId != null) {
			parent = pages.get(parentId)
				.filter(node -> node.page.spaceId() == space.id())
				.orElseThrow(() -> new IllegalArgumentException("No page " + parentId + " in space " + spaceKey));
		}
		long id = pages.nextId();
		FakePage page = new FakePage(id, space.id(), title, parentId, "current", authorId, Instant.now(), 1);
		pages.put(id, new PageNode(page));
		if (parent != null) {
			parent.children.add(id);
		}
		return page;
	}

	Optional<FakePage> page(long id) {
		return pages.get(id).map(node -> node.page);
	}

	synchronized List<FakePage> pagesOf(long spaceId) {
		return pages.view().values().stream().map(node -> node.page).filter(page -> page.spaceId() == spaceId).toList();
	}

	/**
	 * Moves a current page to the trash, or removes a trashed one (purge) with everything
	 * it owns.
	 */
	synchronized Optional<FakePage> deletePage(long id, boolean purge) {
		PageNode node = pages.get(id).orElse(null);
		if (node == null) {
			return Optional.empty();
		}
		if (purge) {
			removePage(node);
			return Optional.of(node.page);
		}
		node.page = node.page.withStatus("trashed");
		return Optional.of(node.page);
	}

	private void removePage(PageNode node) {
		for (Long child : List.copyOf(node.children)) {
			pages.get(child).ifPresent(this::removePage);
		}
		node.attachments.values().forEach(stored -> {
			attachmentOwners.remove(stored.attachment().id());
			stored.content().discard();
		});
		pages.remove(node.page.id());
		if (node.page.parentId() != null) {
			pages.get(node.page.parentId()).ifPresent(parent -> parent.children.remove(node.page.id()));
		}
	}

	/**
	 * Adds an attachment, or a new version of the page's attachment with the same file
	 * name.
	 * @param newVersionAllowed whether an existing name gets a new version (v1 PUT) or is
	 * refused (POST)
	 * @throws IllegalArgumentException when there is no such page
	 * @throws IllegalStateException when the name exists and new versions are not allowed
	 */
	synchronized FakeAttachment attach(long pageId, String filename, String mediaType, AttachmentContent content,
			String sha256, @Nullable String comment, boolean newVersionAllowed) {
		PageNode node = pages.get(pageId)
			.filter(n -> !n.page.status().equals("trashed"))
			.orElseThrow(() -> new IllegalArgumentException("No page with id " + pageId));
		PageNode.StoredAttachment existing = node.attachments.values()
			.stream()
			.filter(stored -> stored.attachment().title().equals(filename))
			.findFirst()
			.orElse(null);
		if (existing != null && !newVersionAllowed) {
			throw new IllegalStateException(
					"Cannot add a new attachment with same file name as an existing " + "attachment: " + filename);
		}
		String id = existing != null ? existing.attachment().id() : "att" + nextAttachmentNumber.getAndIncrement();
		int version = existing != null ? existing.attachment().version() + 1 : 1;
		FakeAttachment attachment = new FakeAttachment(id, pageId, filename, mediaType, content.size(), comment,
				UUID.randomUUID().toString(), version, Instant.now(), sha256);
		if (existing != null) {
			existing.content().discard();
		}
		node.attachments.put(id, new PageNode.StoredAttachment(attachment, content));
		attachmentOwners.put(id, pageId);
		return attachment;
	}

	synchronized Optional<PageNode.StoredAttachment> attachment(String id) {
		Long pageId = attachmentOwners.get(id);
		if (pageId == null) {
			return Optional.empty();
		}
		return pages.get(pageId).map(node -> node.attachments.get(id));
	}

	synchronized Optional<PageNode.StoredAttachment> attachmentByFileId(String fileId) {
		return pages.view()
			.values()
			.stream()
			.flatMap(node -> node.attachments.values().stream())
			.filter(stored -> stored.attachment().fileId().equals(fileId))
			.findFirst();
	}

	/** The page's attachments in upload order; empty when the page does not exist. */
	synchronized Optional<List<FakeAttachment>> attachmentsOf(long pageId) {
		return pages.get(pageId)
			.map(node -> node.attachments.values().stream().map(PageNode.StoredAttachment::attachment).toList());
	}

	synchronized boolean deleteAttachment(String id) {
		Long pageId = attachmentOwners.remove(id);
		if (pageId == null) {
			return false;
		}
		pages.get(pageId).map(node -> node.attachments.remove(id)).ifPresent(stored -> stored.content().discard());
		return true;
	}

	/** Removes every page and attachment (spaces stay). */
	synchronized void clearContent() {
		pages.view().values().forEach(node -> node.attachments.values().forEach(s -> s.content().discard()));
		pages.clear();
		attachmentOwners.clear();
	}

}
