package io.github.springconfluence.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConstructorCreatorsTests {

	private static final String JSON = """
			{"results":[{"id":"1","title":"One","links":{"webui":"/x"}},null,{"id":"2","extra":true}],
			 "_links":{"next":"/wiki/api/v2/things?cursor=a"}}""";

	@Test
	void nestedRecordsReadAsPlainJacksonReadsThem() {
		Envelope ours = ConfluenceJson.mapper().readValue(JSON, Envelope.class);
		Envelope plain = JsonMapper.builder()
			.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build()
			.readValue(JSON, Envelope.class);
		assertThat(ours).isEqualTo(plain);
		assertThat(ours.results()).hasSize(3);
		assertThat(ours.results().get(0)).isEqualTo(new Thing("1", "One", new Links("/x")));
		assertThat(ours.links().webui()).isNull();
	}

	@Test
	void recordsAreBuiltByTheReflectiveInstantiator() {
		ValueInstantiator instantiator = ((BeanDeserializerBase) ConfluenceJson.mapper()
			._deserializationContext()
			.findRootValueDeserializer(ConfluenceJson.mapper().constructType(Thing.class))).getValueInstantiator();
		assertThat(instantiator.getClass().getName()).endsWith("ConstructorCreators$ReflectiveInstantiator");
	}

	@Test
	void aConstructorThatThrowsFailsAsJacksonReportsIt() {
		String json = "{\"value\":-1}";
		DatabindException ours = catchThrowableOfType(DatabindException.class,
				() -> ConfluenceJson.mapper().readValue(json, Positive.class));
		DatabindException plain = catchThrowableOfType(DatabindException.class,
				() -> JsonMapper.builder().build().readValue(json, Positive.class));
		assertThat(ours).isNotNull().hasRootCauseMessage("value must be positive: -1");
		assertThat(ours.getClass()).isEqualTo(plain.getClass());
		assertThat(ours.getOriginalMessage()).isEqualTo(plain.getOriginalMessage());
	}

	@Test
	void aGoodValueStillReads() {
		assertThat(ConfluenceJson.mapper().readValue("{\"value\":3}", Positive.class)).isEqualTo(new Positive(3));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> ConfluenceJson.mapper().readValue("{\"value\":\"x\"}", Positive.class));
	}

	record Envelope(@Nullable List<@Nullable Thing> results, @JsonProperty("_links") Links links) {
	}

	record Thing(@Nullable String id, @Nullable String title, @Nullable Links links) {
	}

	record Links(@Nullable String webui) {
	}

	record Positive(int value) {

		Positive {
			if (value < 1) {
				throw new IllegalArgumentException("value must be positive: " + value);
			}
		}

	}

}
