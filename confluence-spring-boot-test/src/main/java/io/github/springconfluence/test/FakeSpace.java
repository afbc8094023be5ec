package io.github.springconfluence.test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A space held by {@link FakeConfluence}.
 *
 * <p>
 * Immutable: the {@code with...} methods return copies. A space whose {@code id} or
 * {@code homepageId} is zero or negative, or whose {@code authorId} is empty, gets
 * generated values when it is added with {@link FakeConfluence#addSpace(FakeSpace)}.
 *
 * @param id the numeric space id (a string in v2 JSON, a number in v1 JSON)
 * @param key the space key, unique in the fake
 * @param name the display name
 * @param type the space type, for example {@code global} or {@code personal}
 * @param status the space status, {@code current} or {@code archived}
 * @param description the plain-text description, or {@code null} when the space has none
 * @param authorId the account id of the creator
 * @param createdAt when the space was created
 * @param homepageId the id of the space's home page
 * @param labels the space's labels, matched by the v2 {@code labels} filter
 */
public record FakeSpace(long id, String key, String name, String type, String status, @Nullable String description,
		String authorId, Instant createdAt, long homepageId, Set<String> labels) {

	/**
	 * Creates a space, copying {@code labels} into an immutable set.
	 * @param id the numeric space id (zero or negative: generated when added)
	 * @param key the space key
	 * @param name the display name
	 * @param type the space type
	 * @param status the space status
	 * @param description the plain-text description, or {@code null}
	 * @param authorId the creator's account id (empty: the fake's account id when added)
	 * @param createdAt the creation time
	 * @param homepageId the home page id (zero or negative: generated when added)
	 * @param labels the labels
	 */
	public FakeSpace {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(authorId, "authorId");
		Objects.requireNonNull(createdAt, "createdAt");
		if (key.isBlank()) {
			throw new IllegalArgumentException("key must not be blank");
		}
		labels = Set.copyOf(Objects.requireNonNull(labels, "labels"));
	}

	/**
	 * Creates a current global space without description or labels, created now. Its id,
	 * home page id and author are assigned when it is added to a {@link FakeConfluence}.
	 * @param key the space key
	 * @param name the space name
	 * @return the new space
	 */
	public static FakeSpace of(String key, String name) {
		return new FakeSpace(0, key, name, "global", "current", null, "", Instant.now(), 0, Set.of());
	}

	/**
	 * Returns a copy with another id.
	 * @param id the new id (zero or negative: assigned when added)
	 * @return the copy
	 */
	public FakeSpace withId(long id) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId, labels);
	}

	/**
	 * Returns a copy with another name.
	 * @param name the new name
	 * @return the copy
	 */
	public FakeSpace withName(String name) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId, labels);
	}

	/**
	 * Returns a copy with another description.
	 * @param description the new plain-text description, or {@code null} for none
	 * @return the copy
	 */
	public FakeSpace withDescription(@Nullable String description) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId, labels);
	}

	/**
	 * Returns a copy with another type.
	 * @param type the new type, for example {@code personal}
	 * @return the copy
	 */
	public FakeSpace withType(String type) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId, labels);
	}

	/**
	 * Returns a copy with another status.
	 * @param status the new status, for example {@code archived}
	 * @return the copy
	 */
	public FakeSpace withStatus(String status) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId, labels);
	}

	/**
	 * Returns a copy whose labels are exactly the given ones.
	 * @param labels the new labels
	 * @return the copy
	 */
	public FakeSpace withLabels(String... labels) {
		return new FakeSpace(id, key, name, type, status, description, authorId, createdAt, homepageId,
				Set.copyOf(Arrays.asList(labels)));
	}
}
