package io.github.springconfluence.page;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A page to publish, for documentation built elsewhere: created if no current page of the
 * space has the title, updated if its body changed since the last publication, left alone
 * otherwise. Built with {@link #builder()}.
 *
 * @param spaceKey the key of the space, or {@code null} when {@code spaceId} is given
 * @param spaceId the id of the space, or {@code null} when {@code spaceKey} is given
 * @param title the title that identifies the page in its space
 * @param parentId the parent the page must be under; {@code null} for the space's home
 * page when created, and to leave an existing page where it is
 * @param body the body to publish
 * @param message the version message of an update, or {@code null}
 */
public record PagePublication(@Nullable String spaceKey, @Nullable String spaceId, String title,
		@Nullable String parentId, PageBody body, @Nullable String message) {

	/**
	 * Creates a publication.
	 * @param spaceKey the space key, or {@code null}
	 * @param spaceId the space id, or {@code null}
	 * @param title the title
	 * @param parentId the parent's id, or {@code null}
	 * @param body the body
	 * @param message the version message, or {@code null}
	 */
	public PagePublication {
		Assert.isTrue((spaceKey != null && !spaceKey.isBlank()) != (spaceId != null && !spaceId.isBlank()),
				"A publication needs either a space key or a space id (exactly one)");
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
	 * Builds a {@link PagePublication}.
	 */
	public static final class Builder {

		private @Nullable String spaceKey;

		private @Nullable String spaceId;

		private @Nullable String title;

		private @Nullable String parentId;

		private @Nullable PageBody body;

		private @Nullable String message;

		private Builder() {
		}

		/**
		 * Sets the space by key.
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
		 * Sets the parent the page must be under.
		 * @param parentId the parent's id
		 * @return this builder
		 */
		public Builder parentId(String parentId) {
			this.parentId = parentId;
			return this;
		}

		/**
		 * Sets the body.
		 * @param body the body
		 * @return this builder
		 */
		public Builder body(PageBody body) {
			this.body = body;
			return this;
		}

		/**
		 * Sets the version message of an update.
		 * @param message the message
		 * @return this builder
		 */
		public Builder message(String message) {
			this.message = message;
			return this;
		}

		/**
		 * Builds the publication.
		 * @return the publication
		 * @throws IllegalArgumentException when the space, the title or the body is
		 * missing
		 */
		public PagePublication build() {
			Assert.hasText(this.title, "title must not be blank");
			Assert.notNull(this.body, "body must not be null");
			return new PagePublication(this.spaceKey, this.spaceId, this.title, this.parentId, this.body, this.message);
		}

	}

}
