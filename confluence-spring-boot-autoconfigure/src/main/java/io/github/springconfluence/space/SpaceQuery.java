package io.github.springconfluence.space;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Filters for {@link ConfluenceSpaceService#spaces(SpaceQuery)}, mapped to the v2
 * {@code GET /wiki/api/v2/spaces} parameters. Build one with {@link #builder()}.
 */
public final class SpaceQuery {

	/** The largest page size Confluence's v2 API accepts. */
	public static final int MAX_PAGE_SIZE = 250;

	private final List<String> keys;

	private final List<String> ids;

	private final List<String> labels;

	private final @Nullable String type;

	private final @Nullable String status;

	private final @Nullable String sort;

	private final int pageSize;

	private SpaceQuery(Builder builder) {
		this.keys = List.copyOf(builder.keys);
		this.ids = List.copyOf(builder.ids);
		this.labels = List.copyOf(builder.labels);
		this.type = builder.type;
		this.status = builder.status;
		this.sort = builder.sort;
		this.pageSize = builder.pageSize;
	}

	/**
	 * Starts a query that matches every space, 250 per page.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the space keys to match (any of them); empty for all.
	 * @return the keys
	 */
	public List<String> keys() {
		return this.keys;
	}

	/**
	 * Returns the space ids to match (any of them); empty for all.
	 * @return the ids
	 */
	public List<String> ids() {
		return this.ids;
	}

	/**
	 * Returns the labels to match (any of them); empty for all.
	 * @return the labels
	 */
	public List<String> labels() {
		return this.labels;
	}

	/**
	 * Returns the space type to match.
	 * @return the type, or {@code null} for all
	 */
	public @Nullable String type() {
		return this.type;
	}

	/**
	 * Returns the status to match.
	 * @return {@code current}, {@code archived}, or {@code null} for both
	 */
	public @Nullable String status() {
		return this.status;
	}

	/**
	 * Returns the sort order.
	 * @return for example {@code key} or {@code -name}, or {@code null} for Confluence's
	 * default
	 */
	public @Nullable String sort() {
		return this.sort;
	}

	/**
	 * Returns how many spaces each request fetches.
	 * @return the page size, 1 to 250
	 */
	public int pageSize() {
		return this.pageSize;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SpaceQuery that && this.keys.equals(that.keys) && this.ids.equals(that.ids)
				&& this.labels.equals(that.labels) && Objects.equals(this.type, that.type)
				&& Objects.equals(this.status, that.status) && Objects.equals(this.sort, that.sort)
				&& this.pageSize == that.pageSize;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.keys, this.ids, this.labels, this.type, this.status, this.sort, this.pageSize);
	}

	@Override
	public String toString() {
		return "SpaceQuery[keys=" + this.keys + ", ids=" + this.ids + ", labels=" + this.labels + ", type=" + this.type
				+ ", status=" + this.status + ", sort=" + this.sort + ", pageSize=" + this.pageSize + "]";
	}

	/**
	 * Builds a {@link SpaceQuery}.
	 */
	public static final class Builder {

		private final List<String> keys = new ArrayList<>();

		private final List<String> ids = new ArrayList<>();

		private final List<String> labels = new ArrayList<>();

		private @Nullable String type;

		private @Nullable String status;

		private @Nullable String sort;

		private int pageSize = MAX_PAGE_SIZE;

		private Builder() {
		}

		/**
		 * Matches spaces with any of these keys (at most 250).
		 * @param keys space keys
		 * @return this builder
		 */
		public Builder keys(String... keys) {
			return keys(List.of(keys));
		}

		/**
		 * Matches spaces with any of these keys (at most 250).
		 * @param keys space keys
		 * @return this builder
		 */
		public Builder keys(Collection<String> keys) {
			addValues(this.keys, keys, "key");
			return this;
		}

		/**
		 * Matches spaces with any of these ids (at most 250).
		 * @param ids numeric space ids
		 * @return this builder
		 */
		public Builder ids(String... ids) {
			return ids(List.of(ids));
		}

		/**
		 * Matches spaces with any of these ids (at most 250).
		 * @param ids numeric space ids
		 * @return this builder
		 */
		public Builder ids(Collection<String> ids) {
			for (String id : ids) {
				Assert.isTrue(id != null && id.matches("\\d+"), () -> "A space id is numeric, not '" + id + "'");
			}
			addValues(this.ids, ids, "id");
			return this;
		}

		/**
		 * Matches spaces that carry any of these labels.
		 * @param labels labels
		 * @return this builder
		 */
		public Builder labels(String... labels) {
			addValues(this.labels, List.of(labels), "label");
			return this;
		}

		/**
		 * Matches spaces of one type, such as {@code global} or {@code personal}.
		 * @param type the type, or {@code null} for all
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = blankToNull(type);
			return this;
		}

		/**
		 * Matches spaces with one status.
		 * @param status {@code current}, {@code archived}, or {@code null} for both
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = blankToNull(status);
			return this;
		}

		/**
		 * Sorts the results.
		 * @param sort {@code id}, {@code key} or {@code name}, prefixed with {@code -}
		 * for descending, or {@code null} for Confluence's default
		 * @return this builder
		 */
		public Builder sort(@Nullable String sort) {
			String value = blankToNull(sort);
			Assert.isTrue(value == null || value.matches("-?(id|key|name)"),
					() -> "sort must be id, key or name, optionally prefixed with '-', not '" + sort + "'");
			this.sort = value;
			return this;
		}

		/**
		 * Sets how many spaces each request fetches. Larger pages mean fewer requests
		 * against Confluence's rate limit.
		 * @param pageSize 1 to 250; the default is 250
		 * @return this builder
		 */
		public Builder pageSize(int pageSize) {
			Assert.isTrue(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
					() -> "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
			this.pageSize = pageSize;
			return this;
		}

		/**
		 * Builds the query.
		 * @return the query
		 */
		public SpaceQuery build() {
			return new SpaceQuery(this);
		}

		private static void addValues(List<String> target, Collection<String> values, String what) {
			for (String value : values) {
				Assert.isTrue(value != null && !value.isBlank(), () -> "A space " + what + " must not be blank");
				// Confluence takes these lists comma-separated, so a comma would split a
				// value.
				Assert.isTrue(!value.contains(","), () -> "A space " + what + " cannot contain ',': '" + value + "'");
				target.add(value.trim());
			}
			Assert.isTrue(target.size() <= MAX_PAGE_SIZE,
					() -> "Confluence accepts at most " + MAX_PAGE_SIZE + " values per " + what + " filter");
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value.trim();
		}

	}

}
