package io.github.springconfluence.page;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A page to create, built with {@link #builder()}.
 *
 * @param spaceKey the key of the space, or {@code null} when {@code spaceId} is given
 * @param spaceId the id of the space, or {@code null} when {@code spaceKey} is given
 * @param title the title, unique among the current pages of the space
 * @param parentId the parent page's id; {@code null} for the space's home page, as
 * Confluence does
 * @param body the body
 * @param draft whether to create a draft instead of a published page
 */
public record NewPage(@Nullable String spaceKey, @Nullable String spaceId, String title, @Nullable String parentId,
		PageBody body, boolean draft) {

	/**
	 * Creates a new page description.
	 * @param spaceKey the space key, or {@code null}
	 * @param spaceId the space id, or {@code null}
	 * @param title the title
	 * @param parentId the parent's id, or {@code null}
	 * @param body the body
	 * @param draft whether to create a draft
	 */
	public NewPage {
		Assert.isTrue((spaceKey != null && !spaceKey.isBlank()) != (spaceId != null && !spaceId.isBlank()),
				"A new page needs either a space key or a space id (exactly one)");
		Assert.hasText(title, "title must not be blank");
		Assert.notNull(body, "body must not be null");
		body.requireWritable();
	}

	/**
	 * Starts a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link NewPage}.
	 */
	public static final class Builder {

		private @Nullable String spaceKey;

		private @Nullable String spaceId;

		private @Nullable String title;

		private @Nullable String parentId;

		private PageBody body = PageBody.storage("");

		private boolean draft;

		private Builder() {
		}

		/**
		 * Sets the space by key (resolved to its id once, then remembered).
		 * @param spaceKey the space key
		 * @return this builder
		 */
		public Builder spaceKey(String spaceKey) {
			this.spaceKey = spaceKey;
			return this;
		}

		/**
		 * Sets the space by id.
		 * @param spaceId the space id
		 * @return this builder
		 */
		public Builder spaceId(String spaceId) {
			this.spaceId = spaceId;
			return this;
		}

		/**
		 * Sets the title.
		 * @param title the title
		 * @return this builder
		 */
		public Builder title(String title) {
			this.title = title;
			return this;
		}

		/**
		 * Sets the parent page (default: the space's home page).
		 * @param parentId the parent's id
		 * @return this builder
		 */
		public Builder parentId(String parentId) {
			this.parentId = parentId;
			return this;
		}

		/**
		 * Sets the body (default: an empty storage body).
		 * @param body the body
		 * @return this builder
		 */
		public Builder body(PageBody body) {
			this.body = body;
			return this;
		}

		/**
		 * Creates a draft instead of a published page.
		 * @return this builder
		 */
		public Builder draft() {
			this.draft = true;
			return this;
		}

		/**
		 * Builds the new page.
		 * @return the new page
		 * @throws IllegalArgumentException when the space or the title is missing
		 */
		public NewPage build() {
			Assert.hasText(this.title, "title must not be blank");
			return new NewPage(this.spaceKey, this.spaceId, this.title, this.parentId, this.body, this.draft);
		}

	}

}
