package io.github.springconfluence.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An answer the fake is about to send; endpoints build these instead of writing to the
 * exchange, so that they stay free of I/O.
 */
record Response(int status, @Nullable String contentType, byte[] body, Map<String, String> headers) {

	static final String JSON = "application/json;charset=UTF-8";

	static Response json(int status, JsonNode node) {
		return new Response(status, JSON, Json.write(node), Map.of());
	}

	static Response text(int status, String text) {
		return new Response(status, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	/** 204: the JDK server sends no body and no length for it. */
	static Response noContent() {
		return new Response(204, null, new byte[0], Map.of());
	}

	/** 302 without a body, as Confluence answers attachment downloads. */
	static Response redirect(String location) {
		return new Response(302, null, new byte[0], Map.of("Location", location));
	}

	Response withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(name, value);
		return new Response(status, contentType, body, copy);
	}
}
