package io.github.springconfluence.space;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpaceTests {

	private static final Instant CREATED = Instant.parse("2024-05-01T09:30:00.123Z");

	private static final URI WEB_URL = URI.create("https://site.atlassian.net/wiki/spaces/ENG");

	private final Space space = new Space("98305", "ENG", "Engineering", "global", "current", "Docs", "65540",
			"557058:abc", CREATED, WEB_URL);

	@Test
	void jsonHasTheComponentsInOrderAndReadsBackEqual() {
		JsonMapper mapper = JsonMapper.builder().build();
		String json = mapper.writeValueAsString(this.space);
		assertThat(json).isEqualTo("{\"id\":\"98305\",\"key\":\"ENG\",\"name\":\"Engineering\",\"type\":\"global\","
				+ "\"status\":\"current\",\"description\":\"Docs\",\"homepageId\":\"65540\","
				+ "\"authorId\":\"557058:abc\",\"createdAt\":\"2024-05-01T09:30:00.123Z\","
				+ "\"webUrl\":\"https://site.atlassian.net/wiki/spaces/ENG\"}");
		assertThat(mapper.readValue(json, Space.class)).isEqualTo(this.space);
	}

	@Test
	void aLazilyResolvedUrlIsResolvedOnlyWhenAskedAndComparesAsTheEagerOne() {
		AtomicInteger resolutions = new AtomicInteger();
		Space lazy = Space.withLazyWebUrl("98305", "ENG", "Engineering", "global", "current", "Docs", "65540",
				"557058:abc", CREATED, () -> {
					resolutions.incrementAndGet();
					return WEB_URL;
				});
		assertThat(lazy.key()).isEqualTo("ENG");
		assertThat(resolutions).hasValue(0);
		assertThat(lazy).isEqualTo(this.space).hasSameHashCodeAs(this.space);
		assertThat(lazy.webUrl()).isEqualTo(WEB_URL);
		assertThat(resolutions).hasPositiveValue();
	}

	@Test
	void equalityCoversEveryComponent() {
		assertThat(this.space).isNotEqualTo(new Space("98305", "ENG", "Engineering", "global", "current", "Docs",
				"65540", "557058:abc", CREATED, null));
		assertThat(this.space).isNotEqualTo(new Space("98305", "ENG", "Engineering", "global", "archived", "Docs",
				"65540", "557058:abc", CREATED, WEB_URL));
		assertThat(this.space).isNotEqualTo(new Space("98305", "ENG", "Engineering", "global", "current", null, "65540",
				"557058:abc", CREATED, WEB_URL));
	}

	@Test
	void toStringReadsAsARecordWould() {
		assertThat(this.space).hasToString("Space[id=98305, key=ENG, name=Engineering, type=global, status=current, "
				+ "description=Docs, homepageId=65540, authorId=557058:abc, createdAt=2024-05-01T09:30:00.123Z, "
				+ "webUrl=https://site.atlassian.net/wiki/spaces/ENG]");
	}

	@Test
	void requiredComponentsAreChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Space("1", null, "n", "global", "current", null, null, null, null, (URI) null))
			.withMessage("key must not be null");
	}

}
