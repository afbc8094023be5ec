package io.github.springconfluence.test;

/**
 * The one sequence that page ids and generated home page ids come from, so that they
 * never collide; an explicit id moves the sequence above it.
 */
final class ContentIds {

	// Real content ids are large numbers; starting there makes "id as int" bugs visible.
	private static final long FIRST_ID = 65_601;

	private long next = FIRST_ID;

	synchronized long next() {
		return next++;
	}

	synchronized void reserve(long id) {
		next = Math.max(next, id + 1);
	}

}
