package io.github.springconfluence.space;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A Confluence space: an immutable value, compared by its fields.
 * <p>
 * Spaces are read through the v2 API, writes included: a create or update is read back
 * through v2, so every field is filled the same way whichever method returned the space.
 * <p>
 * It behaves as a record with these components (accessors, {@code equals},
 * {@code hashCode}, {@code toString}, and JSON through Jackson) but is a class, so that a
 * listed space resolves its {@link #webUrl()} only when asked: parsing a {@link URI} cost
 * about 40% of the CPU of streaming a large site, where most URLs are never read.
 */
@JsonPropertyOrder({ "id", "key", "name", "type", "status", "description", "homepageId", "authorId", "createdAt",
		"webUrl" })
public final class Space {

	private final String id;

	private final String key;

	private final String name;

	private final String type;

	private final String status;

	private final @Nullable String description;

	private final @Nullable String homepageId;

	private final @Nullable String authorId;

	private final @Nullable Instant createdAt;

	private final Supplier<@Nullable URI> webUrl;

	/**
	 * Creates a space.
	 * @param id the space id (numeric, as a string)
	 * @param key the space key, such as {@code ENG} or {@code ~557058...} for a personal
	 * space
	 * @param name the display name
	 * @param type the type as Confluence names it: {@code global}, {@code personal},
	 * {@code collaboration}, {@code knowledge_base}, ... Confluence adds types over time,
	 * so this is a string, not an enum
	 * @param status {@code current} or {@code archived}
	 * @param description the plain-text description, or {@code null} when the space has
	 * none
	 * @param homepageId the id of the space's home page, if known
	 * @param authorId the account id of the creator, if known
	 * @param createdAt when the space was created, if known
	 * @param webUrl the absolute URL of the space in Confluence's web UI, if known
	 */
	@JsonCreator
	public Space(@JsonProperty("id") String id, @JsonProperty("key") String key, @JsonProperty("name") String name,
			@JsonProperty("type") String type, @JsonProperty("status") String status,
			@JsonProperty("description") @Nullable String description,
			@JsonProperty("homepageId") @Nullable String homepageId,
			@JsonProperty("authorId") @Nullable String authorId, @JsonProperty("createdAt") @Nullable Instant createdAt,
			@JsonProperty("webUrl") @Nullable URI webUrl) {
		this(id, key, name, type, status, description, homepageId, authorId, createdAt, () -> webUrl);
	}

	/**
	 * Creates a space whose URL is resolved when first asked for.
	 * @param webUrl supplies the URL; called on every {@link #webUrl()}, so it remembers
	 * what it resolved
	 * @return the space
	 */
	static Space withLazyWebUrl(String id, String key, String name, String type, String status,
			@Nullable String description, @Nullable String homepageId, @Nullable String authorId,
			@Nullable Instant createdAt, Supplier<@Nullable URI> webUrl) {
		return new Space(id, key, name, type, status, description, homepageId, authorId, createdAt, webUrl);
	}

	private Space(String id, String key, String name, String type, String status, @Nullable String description,
			@Nullable String homepageId, @Nullable String authorId, @Nullable Instant createdAt,
			Supplier<@Nullable URI> webUrl) {
		Assert.notNull(id, "id must not be null");
		Assert.notNull(key, "key must not be null");
		Assert.notNull(name, "name must not be null");
		Assert.notNull(type, "type must not be null");
		Assert.notNull(status, "status must not be null");
		this.id = id;
		this.key = key;
		this.name = name;
		this.type = type;
		this.status = status;
		this.description = description;
		this.homepageId = homepageId;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.webUrl = webUrl;
	}

	/**
	 * Returns the space id.
	 * @return the id (numeric, as a string)
	 */
	@JsonProperty
	public String id() {
		return this.id;
	}

	/**
	 * Returns the space key.
	 * @return the key, such as {@code ENG} or {@code ~557058...} for a personal space
	 */
	@JsonProperty
	public String key() {
		return this.key;
	}

	/**
	 * Returns the display name.
	 * @return the name
	 */
	@JsonProperty
	public String name() {
		return this.name;
	}

	/**
	 * Returns the type as Confluence names it: {@code global}, {@code personal},
	 * {@code collaboration}, {@code knowledge_base}, ... Confluence adds types over time,
	 * so this is a string, not an enum.
	 * @return the type
	 */
	@JsonProperty
	public String type() {
		return this.type;
	}

	/**
	 * Returns the status.
	 * @return {@code current} or {@code archived}
	 */
	@JsonProperty
	public String status() {
		return this.status;
	}

	/**
	 * Returns the plain-text description.
	 * @return the description, or {@code null} when the space has none
	 */
	@JsonProperty
	public @Nullable String description() {
		return this.description;
	}

	/**
	 * Returns the id of the space's home page.
	 * @return the id, or {@code null} if not known
	 */
	@JsonProperty
	public @Nullable String homepageId() {
		return this.homepageId;
	}

	/**
	 * Returns the account id of the creator.
	 * @return the account id, or {@code null} if not known
	 */
	@JsonProperty
	public @Nullable String authorId() {
		return this.authorId;
	}

	/**
	 * Returns when the space was created.
	 * @return the instant, or {@code null} if not known
	 */
	@JsonProperty
	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * Returns the absolute URL of the space in Confluence's web UI.
	 * @return the URL, or {@code null} if not known
	 */
	@JsonProperty
	public @Nullable URI webUrl() {
		return this.webUrl.get();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		return other instanceof Space that && this.id.equals(that.id) && this.key.equals(that.key)
				&& this.name.equals(that.name) && this.type.equals(that.type) && this.status.equals(that.status)
				&& Objects.equals(this.description, that.description)
				&& Objects.equals(this.homepageId, that.homepageId) && Objects.equals(this.authorId, that.authorId)
				&& Objects.equals(this.createdAt, that.createdAt) && Objects.equals(webUrl(), that.webUrl());
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.key, this.name, this.type, this.status, this.description, this.homepageId,
				this.authorId, this.createdAt, webUrl());
	}

	@Override
	public String toString() {
		return "Space[id=" + this.id + ", key=" + this.key + ", name=" + this.name + ", type=" + this.type + ", status="
				+ this.status + ", description=" + this.description + ", homepageId=" + this.homepageId + ", authorId="
				+ this.authorId + ", createdAt=" + this.createdAt + ", webUrl=" + webUrl() + "]";
	}

}
