package io.github.springconfluence.sample;

import java.net.URI;

import io.github.springconfluence.space.Space;
import org.jspecify.annotations.Nullable;

/**
 * The JSON that the sample app serves for a space.
 *
 * @param key the space key
 * @param name the display name
 * @param type the space type
 * @param status current or archived
 * @param webUrl the space in Confluence's web UI, if known
 */
record SpaceView(String key, String name, String type, String status, @Nullable URI webUrl) {

	static SpaceView of(Space space) {
		return new SpaceView(space.key(), space.name(), space.type(), space.status(), space.webUrl());
	}

}
