package io.github.springconfluence.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfluenceTimestampsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2024-05-01T09:30:00Z", "2024-05-01T09:30:00.1Z", "2024-05-01T09:30:00.123Z",
			"2024-05-01T09:30:00.123456789Z", "2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00Z",
			"1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2100-03-01T12:00:00Z", "0001-01-01T00:00:00Z",
			"9999-12-31T23:59:59Z" })
	void utcFormMatchesInstantParse(String value) {
		assertThat(ConfluenceTimestamps.parse(value)).isEqualTo(Instant.parse(value));
	}

	@Test
	void randomUtcInstantsMatchInstantParse() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 50_000_000_000L),
					random.nextInt(1_000_000_000));
			assertThat(ConfluenceTimestamps.parse(instant.toString())).isEqualTo(instant);
		}
	}

	@Test
	void offsetsGoThroughTheGeneralParser() {
		assertThat(ConfluenceTimestamps.parse("2024-05-01T11:30:00.000+02:00"))
			.isEqualTo(OffsetDateTime.parse("2024-05-01T11:30:00.000+02:00").toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-05-01T24:00:00Z",
			"2024-05-01T09:30:00.1234567890Z", "2024-05-01 09:30:00Z", "2024-05-01T09:30:00" })
	void anythingElseReadsAsNull(String value) {
		assertThat(ConfluenceTimestamps.parse(value)).isNull();
	}

	@Test
	void wireRecordsReadTimestampsThroughTheSharedMapper() {
		record Wire(Instant createdAt, Instant broken, Instant missing) {
		}
		Wire wire = ConfluenceJson.mapper()
			.readValue("{\"createdAt\":\"2024-05-01T09:30:00.123Z\",\"broken\":\"n/a\",\"missing\":null}", Wire.class);
		assertThat(wire.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00.123Z"));
		assertThat(wire.broken()).isNull();
		assertThat(wire.missing()).isNull();
		assertThat(ConfluenceJson.mapper().readValue("{\"createdAt\":12}", Map.class)).containsEntry("createdAt", 12);
	}

}
