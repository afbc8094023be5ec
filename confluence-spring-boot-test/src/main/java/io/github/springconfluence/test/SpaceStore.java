package io.github.springconfluence.test;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The fake's spaces: an {@link EntityStore} by id plus an index by key.
 *
 * <p>
 * Reads are lock-free; writes take this object's lock so that the id table and the key
 * index never disagree about which spaces exist.
 */
final class SpaceStore {

	// Real space ids are large numbers; starting there makes "id as string" bugs visible.
	private static final long FIRST_ID = 98_305;

	private final EntityStore<FakeSpace> byId = new EntityStore<>(FIRST_ID);

	private final ConcurrentHashMap<String, Long> idByKey = new ConcurrentHashMap<>();

	// Home page id -> space id: home pages come into the site model when first touched.
	private final ConcurrentHashMap<Long, Long> spaceIdByHomepage = new ConcurrentHashMap<>();

	// Shared with the pages, so that a home page id is never a page's id.
	private final ContentIds contentIds;

	private int generated;

	SpaceStore(ContentIds contentIds) {
		this.contentIds = contentIds;
	}

	synchronized FakeSpace add(FakeSpace space, String defaultAuthorId) {
		if (idByKey.containsKey(space.key())) {
			throw new IllegalArgumentException("A space already exists with key " + space.key());
		}
		if (space.id() > 0 && byId.contains(space.id())) {
			throw new IllegalArgumentException("A space already exists with id " + space.id());
		}
		if (space.homepageId() > 0 && spaceIdByHomepage.containsKey(space.homepageId())) {
			throw new IllegalArgumentException("Another space has the home page id " + space.homepageId());
		}
		long id = space.id() > 0 ? space.id() : byId.nextId();
		long homepageId;
		if (space.homepageId() > 0) {
			homepageId = space.homepageId();
			contentIds.reserve(homepageId);
		}
		else {
			homepageId = contentIds.next();
		}
		String authorId = space.authorId().isEmpty() ? defaultAuthorId : space.authorId();
		FakeSpace complete = new FakeSpace(id, space.key(), space.name(), space.type(), space.status(),
				space.description(), authorId, space.createdAt(), homepageId, space.labels());
		byId.put(id, complete);
		idByKey.put(complete.key(), id);
		spaceIdByHomepage.put(homepageId, id);
		return complete;
	}

	/**
	 * Adds {@code count} spaces SPACEn / "Space n", numbering on from earlier calls and
	 * skipping taken keys.
	 */
	synchronized void seed(int count, String authorId) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative: " + count);
		}
		// One timestamp and one empty label set for all: seeding 300,000 spaces must take
		// well under a second.
		Instant now = Instant.now();
		Set<String> noLabels = Set.of();
		for (int added = 0; added < count; added++) {
			String key;
			do {
				generated++;
				key = "SPACE" + generated;
			}
			while (idByKey.containsKey(key));
			long id = byId.nextId();
			long homepageId = contentIds.next();
			byId.put(id, new FakeSpace(id, key, "Space " + generated, "global", "current", null, authorId, now,
					homepageId, noLabels));
			idByKey.put(key, id);
			spaceIdByHomepage.put(homepageId, id);
		}
	}

	synchronized Optional<FakeSpace> update(String key, UnaryOperator<FakeSpace> change) {
		Long id = idByKey.get(key);
		return id == null ? Optional.empty() : byId.update(id, change);
	}

	synchronized Optional<FakeSpace> remove(String key) {
		Long id = idByKey.remove(key);
		Optional<FakeSpace> removed = id == null ? Optional.empty() : byId.remove(id);
		removed.ifPresent(space -> spaceIdByHomepage.remove(space.homepageId()));
		return removed;
	}

	synchronized void clear() {
		byId.clear();
		idByKey.clear();
		spaceIdByHomepage.clear();
		generated = 0;
	}

	Optional<FakeSpace> byKey(String key) {
		Long id = idByKey.get(key);
		return id == null ? Optional.empty() : byId.get(id);
	}

	/** The space whose home page has this id, or empty. */
	Optional<FakeSpace> byHomepageId(long homepageId) {
		Long id = spaceIdByHomepage.get(homepageId);
		return id == null ? Optional.empty() : byId.get(id);
	}

	Optional<FakeSpace> byId(long id) {
		return byId.get(id);
	}

	/** A live, id-ordered, read-only-by-convention view for paging. */
	NavigableMap<Long, FakeSpace> byIdView() {
		return byId.view();
	}

	int size() {
		// ConcurrentSkipListMap.size() walks the whole map; the hash index counts in
		// constant time.
		return idByKey.size();
	}

}
