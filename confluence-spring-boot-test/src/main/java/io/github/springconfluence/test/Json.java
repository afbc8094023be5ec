package io.github.springconfluence.test;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Jackson mapper of the fake (mappers are thread-safe and costly to build).
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static byte[] write(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/** Parses a body that must be a JSON object; null when it is not one. */
	static @Nullable JsonNode readObject(byte[] body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** A string field's value, or null when it is absent or not a string. */
	static @Nullable String text(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	/** Parses a body; throws Jackson's unchecked exception when it is not JSON. */
	static JsonNode read(byte[] body) {
		return MAPPER.readTree(body);
	}

}
