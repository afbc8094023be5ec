package io.github.springconfluence.test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The site's content and who owns what: a space owns its pages (its home page first), a
 * page owns its children, attachments, labels, properties and versions. Deleting a page
 * takes what it owns with it. One lock guards every relation, so that a listing never
 * sees an attachment of a page that is not there.
 *
 * <p>
 * Every space has a home page, with the id the space announces as {@code homepageId}, at
 * the top of the space. It comes into the model when first touched (read, listed, or a
 * page added to its space), so that seeding hundreds of thousands of spaces stays cheap.
 * Page ids and generated home page ids come from one {@link ContentIds} sequence.
 *
 * <p>
 * Writes that Confluence would refuse throw a {@link ContentRejection} with its status
 * and message.
 */
final class SiteModel {

	/** The account that {@link FakeConfluence#editPage} edits as: someone else. */
	static final String OTHER_EDITOR_ID = "557058:fake-other-editor";

	private static final long FIRST_ATTACHMENT_NUMBER = 1_769_473;

	private static final int MAX_LABEL_LENGTH = 255;

	private static final String INVALID_LABEL_CHARACTERS = ":;,.?&[]()#^*@!<>";

	private final SpaceStore spaces;

	private final ContentIds contentIds;

	// Ids come from contentIds; the store's own sequence is unused.
	private final EntityStore<PageNode> pages = new EntityStore<>(1);

	// Space id -> ids of the pages at the top of the space, in position order.
	private final Map<Long, List<Long>> roots = new HashMap<>();

	// Home pages that came into the model (and must not come back once purged).
	private final Set<Long> materializedHomes = new HashSet<>();

	// Attachment id -> page id: v2 reads attachments by id alone.
	private final Map<String, Long> attachmentOwners = new ConcurrentHashMap<>();

	private final AtomicLong nextAttachmentNumber = new AtomicLong(FIRST_ATTACHMENT_NUMBER);

	// Label ids are site-wide: one per name.
	private final Map<String, Long> labelIds = new HashMap<>();

	private final AtomicLong nextLabelId = new AtomicLong(1_409_025);

	private final AtomicLong nextPropertyId = new AtomicLong(2_293_761);

	SiteModel(SpaceStore spaces, ContentIds contentIds) {
		this.spaces = spaces;
		this.contentIds = contentIds;
	}

	SpaceStore spaces() {
		return spaces;
	}

	// ---------------------------------------------------------------- spaces

	/** Adds a space; its explicit home page id must not be a page's id. */
	synchronized FakeSpace addSpace(FakeSpace space, String defaultAuthorId) {
		if (space.homepageId() > 0 && pages.contains(space.homepageId())) {
			throw new IllegalArgumentException("A page already has the id " + space.homepageId());
		}
		return spaces.add(space, defaultAuthorId);
	}

	/** Removes a space with every page it owns. */
	synchronized Optional<FakeSpace> removeSpace(String key) {
		Optional<FakeSpace> removed = spaces.remove(key);
		removed.ifPresent(space -> {
			List<PageNode> owned = pages.view().values().stream().filter(n -> n.page.spaceId() == space.id()).toList();
			owned.forEach(this::discardOwned);
			owned.forEach(n -> pages.remove(n.page.id()));
			roots.remove(space.id());
		});
		return removed;
	}

	/** The key of the space a page belongs to. */
	String spaceKeyOf(FakePage page) {
		return spaces.byId(page.spaceId()).map(FakeSpace::key).orElse("");
	}

	// ---------------------------------------------------------------- page reads

	Optional<FakePage> page(long id) {
		PageNode node = pages.get(id).orElse(null);
		if (node != null) {
			return Optional.of(node.page);
		}
		synchronized (this) {
			return Optional.ofNullable(node(id)).map(n -> n.page);
		}
	}

	/** The pages of a space (trashed ones included), home page first, then by id. */
	synchronized List<FakePage> pagesOf(long spaceId) {
		spaces.byId(spaceId).ifPresent(this::ensureHome);
		return pages.view().values().stream().map(node -> node.page).filter(page -> page.spaceId() == spaceId).toList();
	}

	/**
	 * The candidates of a page listing, by id: the given pages, else the pages of the
	 * given spaces, else every page of the site (which brings every home page in).
	 */
	synchronized List<FakePage> candidates(Collection<Long> ids, Collection<Long> spaceIds) {
		if (!ids.isEmpty()) {
			return ids.stream().map(this::node).filter(n -> n != null).map(n -> n.page).toList();
		}
		if (!spaceIds.isEmpty()) {
			spaceIds.forEach(id -> spaces.byId(id).ifPresent(this::ensureHome));
			return pages.view()
				.values()
				.stream()
				.map(node -> node.page)
				.filter(page -> spaceIds.contains(page.spaceId()))
				.toList();
		}
		spaces.byIdView().values().forEach(this::ensureHome);
		return pages.view().values().stream().map(node -> node.page).toList();
	}

	/** A page's children that are not trashed, in position order. */
	synchronized List<FakePage> children(long id) {
		PageNode node = live(id);
		return node.children.stream()
			.map(child -> pages.get(child).orElseThrow().page)
			.filter(page -> !page.status().equals("trashed"))
			.toList();
	}

	/** A page below another, with its depth (1 for a child). */
	record Descendant(FakePage page, int depth) {
	}

	/** The descendants down to a depth, top-down: breadth-first, in position order. */
	synchronized List<Descendant> descendants(long id, int maxDepth) {
		PageNode node = live(id);
		List<Descendant> found = new ArrayList<>();
		Deque<Descendant> queue = new ArrayDeque<>();
		queue.add(new Descendant(node.page, 0));
		while (!queue.isEmpty()) {
			Descendant current = queue.poll();
			if (current.depth() == maxDepth) {
				continue;
			}
			for (Long childId : pages.get(current.page().id()).orElseThrow().children) {
				FakePage child = pages.get(childId).orElseThrow().page;
				if (!child.status().equals("trashed")) {
					Descendant descendant = new Descendant(child, current.depth() + 1);
					found.add(descendant);
					queue.add(descendant);
				}
			}
		}
		return found;
	}

	/** A page's ancestors, the top of the space first. */
	synchronized List<FakePage> ancestors(long id) {
		PageNode node = live(id);
		List<FakePage> ancestors = new ArrayList<>();
		Long parentId = node.page.parentId();
		while (parentId != null) {
			FakePage parent = pages.get(parentId).orElseThrow().page;
			ancestors.add(0, parent);
			parentId = parent.parentId();
		}
		return ancestors;
	}

	/**
	 * A page as search sees it, with its labels, the ids of the pages above it (the top
	 * first) and its attachments.
	 */
	record SearchablePage(FakePage page, List<String> labels, List<Long> ancestorIds,
			List<FakeAttachment> attachments) {
	}

	/**
	 * Every current page of the site (which brings every home page in), by id: what CQL
	 * search looks through. Trashed, draft and archived pages are not searched.
	 */
	synchronized List<SearchablePage> searchablePages() {
		spaces.byIdView().values().forEach(this::ensureHome);
		List<SearchablePage> searchable = new ArrayList<>();
		for (PageNode node : pages.view().values()) {
			if (!node.page.status().equals("current")) {
				continue;
			}
			List<Long> ancestorIds = new ArrayList<>();
			for (Long parentId = node.page.parentId(); parentId != null;) {
				ancestorIds.add(0, parentId);
				parentId = pages.get(parentId).map(parent -> parent.page.parentId()).orElse(null);
			}
			searchable.add(new SearchablePage(node.page, List.copyOf(node.labels), List.copyOf(ancestorIds),
					node.attachments.values().stream().map(PageNode.StoredAttachment::attachment).toList()));
		}
		return searchable;
	}

	/** Every version of a page, oldest first, the current one last. */
	synchronized List<FakePage> versions(long id) {
		return live(id).allVersions();
	}

	// ---------------------------------------------------------------- page writes

	/**
	 * Creates a page.
	 * @param parentId the parent, or null for the space's home page (or the top of the
	 * space when {@code rootLevel})
	 */
	synchronized FakePage create(long spaceId, @Nullable String title, @Nullable Long parentId, boolean rootLevel,
			String status, String representation, String body, String authorId) {
		FakeSpace space = spaces.byId(spaceId).orElseThrow(ContentRejection::notFound);
		ensureHome(space);
		String pageTitle = title == null ? "" : title;
		if (pageTitle.isBlank() && !status.equals("draft")) {
			throw new ContentRejection(400, "Title is required for a page that is not a draft");
		}
		if (!pageTitle.isBlank()) {
			checkTitleFree(spaceId, pageTitle, null);
		}
		Long parent = parentId;
		if (parent != null && rootLevel) {
			throw new ContentRejection(400, "A parentId may not be supplied when root-level is true");
		}
		if (parent == null && !rootLevel) {
			parent = space.homepageId();
		}
		if (parent != null) {
			PageNode parentNode = node(parent);
			if (parentNode == null || parentNode.page.status().equals("trashed")) {
				throw new ContentRejection(400, "The parent page " + parent + " does not exist");
			}
			if (parentNode.page.spaceId() != spaceId) {
				throw new ContentRejection(400, "The parent page " + parent + " is in another space");
			}
		}
		long id = contentIds.next();
		Instant now = Instant.now();
		List<Long> siblings = parent == null ? rootsOf(spaceId) : pages.get(parent).orElseThrow().children;
		FakePage page = new FakePage(id, spaceId, pageTitle, parent, status, authorId, now, 1, "", false, authorId, now,
				siblings.size(), representation, body);
		pages.put(id, new PageNode(page));
		siblings.add(id);
		return page;
	}

	/**
	 * Writes a new version of a page (the v2 PUT): the version number must be the current
	 * one plus one.
	 * @param newParentId a new parent in the same space, or null to stay
	 */
	synchronized FakePage update(long id, String title, String status, String representation, String body,
			int versionNumber, String message, boolean minorEdit, @Nullable Long newParentId, String editorId) {
		PageNode node = node(id);
		if (node == null || node.page.status().equals("deleted")) {
			throw ContentRejection.notFound();
		}
		FakePage current = node.page;
		if (versionNumber != current.version() + 1) {
			throw new ContentRejection(409,
					"Version must be incremented on update. Current version is: " + current.version());
		}
		if (title.isBlank()) {
			throw new ContentRejection(400, "Title is required");
		}
		if (!title.equals(current.title()) || current.status().equals("trashed")) {
			checkTitleFree(current.spaceId(), title, id);
		}
		if (newParentId != null && !newParentId.equals(current.parentId())) {
			PageNode parent = node(newParentId);
			if (parent == null || parent.page.status().equals("trashed")) {
				throw new ContentRejection(400, "The parent page " + newParentId + " does not exist");
			}
			if (parent.page.spaceId() != current.spaceId()) {
				throw new ContentRejection(400, "Moving a page to another space is not supported");
			}
			checkNoLoop(node, parent);
			place(node, parent.page.spaceId(), newParentId, Integer.MAX_VALUE);
		}
		node.versions.add(node.page);
		node.page = node.page.nextVersion(title, status, representation, body, message, minorEdit, editorId);
		return node.page;
	}

	/**
	 * A concurrent edit by someone else, for {@link FakeConfluence#editPage}: a new
	 * storage version with the current status.
	 */
	synchronized FakePage edit(long id, String title, String storageBody) {
		PageNode node = node(id);
		if (node == null) {
			throw new IllegalArgumentException("No page with id " + id);
		}
		try {
			return update(id, title, node.page.status(), "storage", storageBody, node.page.version() + 1,
					"Edited by someone else", false, null, OTHER_EDITOR_ID);
		}
		catch (ContentRejection ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Sets when a page was created (every version keeps it) and when its current version
	 * was written, for {@link FakeConfluence#setPageDates}.
	 */
	synchronized FakePage redate(long id, Instant createdAt, Instant lastModified) {
		PageNode node = node(id);
		if (node == null) {
			throw new IllegalArgumentException("No page with id " + id);
		}
		node.versions.replaceAll(version -> version.withDates(createdAt, version.versionCreatedAt()));
		node.page = node.page.withDates(createdAt, lastModified);
		return node.page;
	}

	/**
	 * Moves a page (the v1 move): {@code append} makes it the target's last child,
	 * {@code before} and {@code after} a sibling of the target. The page's subtree goes
	 * with it, to the target's space.
	 */
	synchronized FakePage move(long pageId, String position, long targetId) {
		PageNode node = node(pageId);
		PageNode target = node(targetId);
		if (node == null || target == null || node.page.status().equals("trashed")
				|| target.page.status().equals("trashed")) {
			throw new ContentRejection(404, "No content found with id " + (node == null ? pageId : targetId));
		}
		PageNode newParent;
		if (position.equals("append")) {
			newParent = target;
		}
		else {
			newParent = target.page.parentId() == null ? null : pages.get(target.page.parentId()).orElseThrow();
		}
		if (newParent != null) {
			checkNoLoop(node, newParent);
		}
		if (target == node) {
			throw new ContentRejection(400, "A page cannot be moved relative to itself");
		}
		long targetSpace = target.page.spaceId();
		if (targetSpace != node.page.spaceId()) {
			for (PageNode moved : subtree(node)) {
				if (titleTaken(targetSpace, moved.page.title(), null)) {
					throw new ContentRejection(400,
							"A page already exists in the target space with the same name: " + moved.page.title());
				}
			}
		}
		Long newParentId = newParent == null ? null : newParent.page.id();
		int index = Integer.MAX_VALUE;
		if (!position.equals("append")) {
			List<Long> siblings = newParentId == null ? rootsOf(targetSpace) : newParent.children;
			List<Long> without = new ArrayList<>(siblings);
			without.remove(Long.valueOf(pageId));
			index = without.indexOf(targetId) + (position.equals("after") ? 1 : 0);
		}
		place(node, targetSpace, newParentId, index);
		return node.page;
	}

	/**
	 * Restores an earlier version as a new one (the v1 restore): its body, and its title
	 * when asked.
	 */
	synchronized FakePage restore(long id, int versionNumber, String message, boolean restoreTitle, String editorId) {
		PageNode node = live(id);
		FakePage current = node.page;
		if (versionNumber < 1 || versionNumber >= current.version()) {
			throw new ContentRejection(400, "Cannot restore version " + versionNumber + " of content " + id
					+ ": it is not an earlier version (the current one is " + current.version() + ")");
		}
		FakePage source = node.versions.get(versionNumber - 1);
		String title = restoreTitle ? source.title() : current.title();
		if (!title.equals(current.title())) {
			checkTitleFree(current.spaceId(), title, id);
		}
		node.versions.add(current);
		node.page = current.nextVersion(title, current.status(), source.representation(), source.body(), message, false,
				editorId);
		return node.page;
	}

	/**
	 * Moves a current page to the trash, or removes a trashed one (purge) with everything
	 * it owns.
	 */
	synchronized Optional<FakePage> deletePage(long id, boolean purge) {
		PageNode node = node(id);
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
		discardOwned(node);
		pages.remove(node.page.id());
		List<Long> siblings = siblingsOf(node.page);
		siblings.remove(node.page.id());
		renumber(siblings);
	}

	private void discardOwned(PageNode node) {
		node.attachments.values().forEach(stored -> {
			attachmentOwners.remove(stored.attachment().id());
			stored.content().discard();
		});
	}

	// ---------------------------------------------------------------- labels

	/** A label of a page; ids are site-wide, one per name. */
	record Label(long id, String name) {
	}

	synchronized List<Label> labels(long pageId) {
		return live(pageId).labels.stream().map(name -> new Label(labelIds.get(name), name)).toList();
	}

	/**
	 * Adds labels (lower-cased, as Confluence stores them); answers all of the page's.
	 */
	synchronized List<Label> addLabels(long pageId, List<String> names) {
		PageNode node = node(pageId);
		if (node == null || node.page.status().equals("trashed")) {
			throw new ContentRejection(404, "No content found with id " + pageId);
		}
		List<String> normalized = new ArrayList<>();
		for (String name : names) {
			String label = name.trim().toLowerCase(Locale.ROOT);
			checkLabel(label);
			normalized.add(label);
		}
		for (String label : normalized) {
			labelIds.computeIfAbsent(label, n -> nextLabelId.getAndIncrement());
			node.labels.add(label);
		}
		return labels(pageId);
	}

	/** Removes a label; false when the page does not exist. */
	synchronized boolean removeLabel(long pageId, String name) {
		PageNode node = node(pageId);
		if (node == null || node.page.status().equals("trashed")) {
			return false;
		}
		node.labels.remove(name.trim().toLowerCase(Locale.ROOT));
		return true;
	}

	private static void checkLabel(String label) {
		if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
			throw new ContentRejection(400, "Label name must be between 1 and " + MAX_LABEL_LENGTH + " characters");
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.isWhitespace(c) || INVALID_LABEL_CHARACTERS.indexOf(c) >= 0) {
				throw new ContentRejection(400, "Label '" + label + "' contains an invalid character: '" + c
						+ "'. Labels cannot contain spaces or any of " + INVALID_LABEL_CHARACTERS);
			}
		}
	}

	// ---------------------------------------------------------------- properties

	synchronized List<PageProperty> properties(long pageId) {
		return List.copyOf(live(pageId).properties.values());
	}

	synchronized PageProperty property(long pageId, long propertyId) {
		return live(pageId).properties.values()
			.stream()
			.filter(p -> p.id() == propertyId)
			.findFirst()
			.orElseThrow(ContentRejection::notFound);
	}

	synchronized PageProperty createProperty(long pageId, String key, String valueJson, String authorId) {
		PageNode node = live(pageId);
		if (key.isBlank()) {
			throw new ContentRejection(400, "A content property needs a key");
		}
		if (node.properties.containsKey(key)) {
			throw new ContentRejection(400,
					"Cannot create a content property with key '" + key + "': one already exists on content " + pageId);
		}
		PageProperty property = new PageProperty(nextPropertyId.getAndIncrement(), key, valueJson, 1, "", authorId,
				Instant.now());
		node.properties.put(key, property);
		return property;
	}

	synchronized PageProperty updateProperty(long pageId, long propertyId, String key, String valueJson,
			int versionNumber, String message, String editorId) {
		PageNode node = live(pageId);
		PageProperty current = property(pageId, propertyId);
		if (versionNumber != current.version() + 1) {
			throw new ContentRejection(409,
					"Version must be incremented on update. Current version is: " + current.version());
		}
		if (!key.equals(current.key())) {
			throw new ContentRejection(400, "The key of a content property cannot be changed");
		}
		PageProperty updated = current.next(valueJson, message, editorId);
		node.properties.put(key, updated);
		return updated;
	}

	synchronized void deleteProperty(long pageId, long propertyId) {
		PageProperty property = property(pageId, propertyId);
		live(pageId).properties.remove(property.key());
	}

	/** Property values by key, for tests. */
	synchronized Map<String, String> propertyValues(long pageId) {
		PageNode node = node(pageId);
		Map<String, String> values = new LinkedHashMap<>();
		if (node != null) {
			node.properties.values().forEach(p -> values.put(p.key(), p.valueJson()));
		}
		return values;
	}

	// ---------------------------------------------------------------- attachments

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
		PageNode node = node(pageId);
		if (node == null || node.page.status().equals("trashed")) {
			throw new IllegalArgumentException("No page with id " + pageId);
		}
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
		return Optional.ofNullable(node(pageId))
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

	/**
	 * Removes every page and attachment (spaces stay; their home pages come back when
	 * next touched).
	 */
	synchronized void clearContent() {
		pages.view().values().forEach(node -> node.attachments.values().forEach(s -> s.content().discard()));
		pages.clear();
		roots.clear();
		materializedHomes.clear();
		attachmentOwners.clear();
	}

	// ---------------------------------------------------------------- internals

	/** The node of a page, bringing a home page in when first asked; null when none. */
	private @Nullable PageNode node(long id) {
		PageNode node = pages.get(id).orElse(null);
		if (node != null || materializedHomes.contains(id)) {
			return node;
		}
		return spaces.byHomepageId(id).map(this::ensureHome).orElse(null);
	}

	/** A page that exists and is not trashed, or a 404. */
	private PageNode live(long id) {
		PageNode node = node(id);
		if (node == null || node.page.status().equals("trashed")) {
			throw ContentRejection.notFound();
		}
		return node;
	}

	private @Nullable PageNode ensureHome(FakeSpace space) {
		long homeId = space.homepageId();
		if (materializedHomes.contains(homeId)) {
			return pages.get(homeId).orElse(null);
		}
		materializedHomes.add(homeId);
		FakePage home = new FakePage(homeId, space.id(), space.name() + " Home", null, "current", space.authorId(),
				space.createdAt(), 1, "", false, space.authorId(), space.createdAt(), 0, "storage", "");
		PageNode node = new PageNode(home);
		pages.put(homeId, node);
		List<Long> top = rootsOf(space.id());
		top.add(0, homeId);
		renumber(top);
		return node;
	}

	private List<Long> rootsOf(long spaceId) {
		return roots.computeIfAbsent(spaceId, id -> new ArrayList<>());
	}

	private List<Long> siblingsOf(FakePage page) {
		if (page.parentId() == null) {
			return rootsOf(page.spaceId());
		}
		return pages.get(page.parentId()).map(parent -> parent.children).orElseGet(ArrayList::new);
	}

	private void renumber(List<Long> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			int position = i;
			pages.get(siblings.get(i))
				.ifPresent(n -> n.page = n.page.withPlace(n.page.spaceId(), n.page.parentId(), position));
		}
	}

	/** Takes a page out of its sibling list and puts it at an index of another one. */
	private void place(PageNode node, long spaceId, @Nullable Long parentId, int index) {
		List<Long> old = siblingsOf(node.page);
		old.remove(node.page.id());
		renumber(old);
		List<Long> siblings = parentId == null ? rootsOf(spaceId) : pages.get(parentId).orElseThrow().children;
		siblings.add(Math.max(0, Math.min(index, siblings.size())), node.page.id());
		node.page = node.page.withPlace(spaceId, parentId, node.page.position());
		for (PageNode moved : subtree(node)) {
			moved.page = moved.page.withPlace(spaceId, moved.page.parentId(), moved.page.position());
			moved.versions.replaceAll(v -> v.withPlace(spaceId, v.parentId(), v.position()));
		}
		renumber(siblings);
	}

	/** A page and every page below it. */
	private List<PageNode> subtree(PageNode root) {
		List<PageNode> all = new ArrayList<>();
		Deque<PageNode> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			PageNode node = queue.poll();
			all.add(node);
			node.children.forEach(child -> pages.get(child).ifPresent(queue::add));
		}
		return all;
	}

	/** Refuses to put a page below itself. */
	private void checkNoLoop(PageNode node, PageNode newParent) {
		for (PageNode below : subtree(node)) {
			if (below == newParent) {
				throw new ContentRejection(400,
						"The move would create a parent-child loop: page " + node.page.id() + " cannot be placed under "
								+ newParent.page.id() + ", which is the page itself or one of its descendants");
			}
		}
	}

	private boolean titleTaken(long spaceId, String title, @Nullable Long exceptId) {
		return pages.view()
			.values()
			.stream()
			.anyMatch(node -> node.page.spaceId() == spaceId && node.page.title().equals(title)
					&& !node.page.status().equals("trashed")
					&& (exceptId == null || node.page.id() != exceptId.longValue()));
	}

	private void checkTitleFree(long spaceId, String title, @Nullable Long exceptId) {
		if (titleTaken(spaceId, title, exceptId)) {
			throw new ContentRejection(400,
					"A page with this title already exists: A page already exists with the same TITLE in this space");
		}
	}

}
