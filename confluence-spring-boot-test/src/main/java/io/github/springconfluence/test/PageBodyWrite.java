package io.github.springconfluence.test;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code body} of a v2 page write: {@code {"representation":..,"value":..}}, or the
 * nested form {@code {"storage":{"representation":..,"value":..}}}. A {@code wiki} body
 * is stored as {@code storage}, its text unchanged (the fake does not convert).
 */
record PageBodyWrite(String representation, String value) {

	/** The representation a page's body is stored in for a written one. */
	String storedRepresentation() {
		return representation.equals("wiki") ? "storage" : representation;
	}

	/** Reads a body; null when it is missing or not one of the two forms. */
	static @Nullable PageBodyWrite read(JsonNode body) {
		if (!body.isObject()) {
			return null;
		}
		JsonNode flat = body.path("representation").isString() ? body : null;
		if (flat == null) {
			for (String format : new String[] { "storage", "atlas_doc_format", "wiki" }) {
				if (body.path(format).isObject()) {
					flat = body.path(format);
					break;
				}
			}
		}
		if (flat == null) {
			return null;
		}
		String representation = Json.text(flat.path("representation"));
		String value = Json.text(flat.path("value"));
		if (representation == null || value == null) {
			return null;
		}
		if (!representation.equals("storage") && !representation.equals("atlas_doc_format")
				&& !representation.equals("wiki")) {
			return null;
		}
		return new PageBodyWrite(representation, value);
	}

}
