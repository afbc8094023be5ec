package io.github.springconfluence.test;

import org.jspecify.annotations.Nullable;

/**
 * Numeric ids in v2 paths: strings in JSON, longs in the descriptions.
 */
final class V2Ids {

	private V2Ids() {
	}

	static @Nullable Long parse(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Response badId(String text) {
		return ErrorResponses
			.v2BadRequest("Provided value {" + text + "} for 'id' is not the correct type. " + "Expected type is long");
	}

}
