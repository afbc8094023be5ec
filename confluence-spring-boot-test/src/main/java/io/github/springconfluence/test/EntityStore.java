package io.github.springconfluence.test;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * An in-memory table of entities with numeric ids, the building block of the fake's site
 * model.
 *
 * <p>
 * Ids are generated in increasing order from a first id (real Confluence ids are large
 * numbers; starting there makes "id treated as a small int" bugs visible), so id order is
 * insertion order, and keyset paging resumes at a cursor in O(log n). Reads are
 * lock-free; writes are serialised on this store so that generated ids never collide with
 * explicit ones.
 *
 * @param <T> the entity type
 */
final class EntityStore<T> {

	private final ConcurrentSkipListMap<Long, T> byId = new ConcurrentSkipListMap<>();

	private long nextId;

	EntityStore(long firstId) {
		this.nextId = firstId;
	}

	/** Reserves the next generated id. */
	synchronized long nextId() {
		return nextId++;
	}

	/**
	 * Stores an entity under an id, generated ones included; later generated ids stay
	 * above it.
	 */
	synchronized void put(long id, T entity) {
		byId.put(id, entity);
		nextId = Math.max(nextId, id + 1);
	}

	synchronized boolean contains(long id) {
		return byId.containsKey(id);
	}

	synchronized Optional<T> update(long id, UnaryOperator<T> change) {
		T current = byId.get(id);
		if (current == null) {
			return Optional.empty();
		}
		T updated = change.apply(current);
		byId.put(id, updated);
		return Optional.of(updated);
	}

	synchronized Optional<T> remove(long id) {
		return Optional.ofNullable(byId.remove(id));
	}

	/**
	 * Removes everything; the id sequence goes on, so that an id is never reused
	 * (Confluence never does).
	 */
	synchronized void clear() {
		byId.clear();
	}

	Optional<T> get(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** A live, id-ordered view for paging; read-only by convention. */
	NavigableMap<Long, T> view() {
		return byId;
	}

	List<T> all() {
		return List.copyOf(byId.values());
	}

}
