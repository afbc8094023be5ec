package io.github.springconfluence.space;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A space to create with {@link ConfluenceSpaceService#create(NewSpace)}.
 *
 * @param key the space key: letters and digits, unique on the site
 * @param name the display name
 * @param description a plain-text description, or {@code null}
 */
public record NewSpace(String key, String name, @Nullable String description) {

	/**
	 * Validates the arguments.
	 * @param key the space key
	 * @param name the display name
	 * @param description the description, or {@code null}
	 */
	public NewSpace {
		Assert.hasText(key, "A new space needs a key");
		Assert.hasText(name, "A new space needs a name");
	}

}
