package io.github.springconfluence.client;

import java.time.Instant;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper for Confluence's payloads.
 * <p>
 * The starter keeps its own mapper instead of the application's: an application-wide
 * naming strategy or strict unknown-property handling must not break the parsing of
 * Confluence's responses, and Confluence adds fields without notice. {@link Instant}
 * fields of every wire record are read by {@link ConfluenceTimestamps}, and records are
 * built by {@link ConstructorCreators}.
 */
final class ConfluenceJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.addModule(new SimpleModule("confluence-timestamps").addDeserializer(Instant.class,
				new ConfluenceTimestamps.Deserializer()))
		.addModule(ConstructorCreators.module())
		.build();

	private ConfluenceJson() {
	}

	/**
	 * Returns the shared, thread-safe mapper.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
