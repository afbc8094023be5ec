package io.github.springconfluence.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Filters for {@link ConfluencePageService#pages(PageQuery)}, mapped to the v2
 * {@code GET /wiki/api/v2/pages} parameters. Build one with {@link #builder()}; every
 * value is checked when it is set, before anything is sent.
 */
public final class PageQuery {

	/** The largest page size Confluence's v2 API accepts. */
	public static final int MAX_PAGE_SIZE = 250;

	/** The most page ids one v2 list request takes. */
	public static final int MAX_IDS = 250;

	/** The most space ids one v2 list request takes. */
	public static final int MAX_SPACES = 100;

	private static final List<String> SORTS = List.of("id", "-id", "created-date", "-created-date", "modified-date",
			"-modified-date", "title", "-title");

	private final List<String> spaceKeys;

	private final List<String> spaceIds;

	private final List<String> ids;

	private final @Nullable String title;

	private final List<String> statuses;

	private final @Nullable String sort;

	private final @Nullable BodyFormat bodyFormat;

	private final int pageSize;

	private PageQuery(Builder builder) {
		this.spaceKeys = List.copyOf(builder.spaceKeys);
		this.spaceIds = List.copyOf(builder.spaceIds);
		this.ids = List.copyOf(builder.ids);
		this.title = builder.title;
		this.statuses = List.copyOf(builder.statuses);
		this.sort = builder.sort;
		this.bodyFormat = builder.bodyFormat;
		this.pageSize = builder.pageSize;
	}

	/**
	 * Starts a query that matches every current and archived page, without bodies, 250
	 * per request.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the keys of the spaces to search (any of them), resolved to ids once.
	 * @return the keys; empty for no key filter
	 */
	public List<String> spaceKeys() {
		return this.spaceKeys;
	}

	/**
	 * Returns the ids of the spaces to search (any of them).
	 * @return the ids; empty for no id filter
	 */
	public List<String> spaceIds() {
		return this.spaceIds;
	}

	/**
	 * Returns the page ids to match (any of them).
	 * @return the ids; empty for all
	 */
	public List<String> ids() {
		return this.ids;
	}

	/**
	 * Returns the exact title to match.
	 * @return the title, or {@code null} for any
	 */
	public @Nullable String title() {
		return this.title;
	}

	/**
	 * Returns the statuses to match.
	 * @return the statuses; empty for Confluence's default (current and archived)
	 */
	public List<String> statuses() {
		return this.statuses;
	}

	/**
	 * Returns the sort order.
	 * @return the sort, such as {@code -modified-date}, or {@code null} for Confluence's
	 */
	public @Nullable String sort() {
		return this.sort;
	}

	/**
	 * Returns the format of the bodies the list carries.
	 * @return the format, or {@code null} for no bodies
	 */
	public @Nullable BodyFormat bodyFormat() {
		return this.bodyFormat;
	}

	/**
	 * Returns how many pages each request asks for.
	 * @return 1 to 250
	 */
	public int pageSize() {
		return this.pageSize;
	}

	/**
	 * Builds a {@link PageQuery}.
	 */
	public static final class Builder {

		private final List<String> spaceKeys = new ArrayList<>();

		private final List<String> spaceIds = new ArrayList<>();

		private final List<String> ids = new ArrayList<>();

		private @Nullable String title;

		private final List<String> statuses = new ArrayList<>();

		private @Nullable String sort;

		private @Nullable BodyFormat bodyFormat;

		private int pageSize = MAX_PAGE_SIZE;

		private Builder() {
		}

		/**
		 * Adds spaces by key.
		 * @param keys the space keys
		 * @return this builder
		 */
		public Builder spaceKeys(String... keys) {
			this.spaceKeys.addAll(checked("space key", keys));
			Assert.isTrue(this.spaceKeys.size() + this.spaceIds.size() <= MAX_SPACES,
					() -> "A page query takes at most " + MAX_SPACES + " spaces");
			return this;
		}

		/**
		 * Adds spaces by id.
		 * @param ids the space ids
		 * @return this builder
		 */
		public Builder spaceIds(String... ids) {
			this.spaceIds.addAll(checked("space id", ids));
			Assert.isTrue(this.spaceKeys.size() + this.spaceIds.size() <= MAX_SPACES,
					() -> "A page query takes at most " + MAX_SPACES + " spaces");
			return this;
		}

		/**
		 * Adds page ids to match.
		 * @param ids the page ids (at most 250 in all)
		 * @return this builder
		 */
		public Builder ids(String... ids) {
			this.ids.addAll(checked("page id", ids));
			Assert.isTrue(this.ids.size() <= MAX_IDS, () -> "A page query takes at most " + MAX_IDS + " page ids, not "
					+ this.ids.size() + ": split the ids into several queries");
			return this;
		}

		/**
		 * Matches an exact title.
		 * @param title the title
		 * @return this builder
		 */
		public Builder title(String title) {
			Assert.hasText(title, "title must not be blank");
			this.title = title;
			return this;
		}

		/**
		 * Matches statuses ({@code current}, {@code archived}, {@code deleted},
		 * {@code trashed}).
		 * @param statuses the statuses
		 * @return this builder
		 */
		public Builder statuses(String... statuses) {
			this.statuses.addAll(checked("status", statuses));
			return this;
		}

		/**
		 * Sets the order: {@code id}, {@code created-date}, {@code modified-date} or
		 * {@code title}, each optionally with a leading {@code -} for descending.
		 * @param sort the sort
		 * @return this builder
		 */
		public Builder sort(String sort) {
			Assert.isTrue(SORTS.contains(sort), () -> "Unknown page sort '" + sort + "': use one of " + SORTS);
			this.sort = sort;
			return this;
		}

		/**
		 * Asks for the bodies in the list responses, in storage or atlas_doc_format (the
		 * only formats Confluence lists; read a page with
		 * {@link ConfluencePageService#findById(String, BodyFormat)} for others).
		 * @param format the body format
		 * @return this builder
		 */
		public Builder bodyFormat(BodyFormat format) {
			Assert.notNull(format, "format must not be null");
			Assert.isTrue(format.isListable(),
					() -> "Confluence lists pages with storage or atlas_doc_format bodies only, not " + format
							+ ": use findById(id, " + format + ") for a single page");
			this.bodyFormat = format;
			return this;
		}

		/**
		 * Sets how many pages each request asks for.
		 * @param pageSize 1 to 250 (default 250)
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
		public PageQuery build() {
			return new PageQuery(this);
		}

		private static List<String> checked(String what, String... values) {
			Assert.notNull(values, () -> what + " values must not be null");
			List<String> trimmed = new ArrayList<>();
			for (String value : Arrays.asList(values)) {
				Assert.hasText(value, () -> "A " + what + " must not be blank");
				Assert.isTrue(!value.contains(","), () -> "A " + what + " cannot contain ','");
				trimmed.add(value.trim());
			}
			return trimmed;
		}

	}

}
