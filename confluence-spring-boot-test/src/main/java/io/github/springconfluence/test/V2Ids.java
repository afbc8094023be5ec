package io.github.springconfluence.test;

import java.util.function.LongFunction;

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

	/**
	 * Runs a v2 endpoint on a numeric path id: 404 for an anonymous caller (v2 hides
	 * content from anonymous users), 400 for an id that is not a number.
	 */
	static Response withId(ApiCall call, String variable, LongFunction<Response> endpoint) {
		if (!call.authenticated()) {
			return ErrorResponses.v2NotFound();
		}
		Long id = parse(call.variable(variable));
		if (id == null) {
			return badId(call.variable(variable));
		}
		return endpoint.apply(id);
	}

	static Response badId(String text) {
		return ErrorResponses
			.v2BadRequest("Provided value {" + text + "} for 'id' is not the correct type. " + "Expected type is long");
	}

}
