package io.github.springconfluence.client;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads Confluence's timestamps into {@link Instant}s, for every wire record of every
 * resource (the {@link ConfluenceJson} mapper registers {@link Deserializer}).
 * <p>
 * Confluence writes UTC instants such as {@code 2024-05-01T09:30:00.123Z}. That form is
 * parsed by hand: {@code Instant.parse} builds a general-purpose parser context for every
 * value and was measured at about 8% of a {@code findById} call's CPU. Any other ISO-8601
 * form (an offset instead of {@code Z}) goes through {@link OffsetDateTime#parse}. A
 * value that is no timestamp reads as {@code null}: timestamps are informational and must
 * not fail a read.
 */
final class ConfluenceTimestamps {

	private ConfluenceTimestamps() {
	}

	/**
	 * Parses a timestamp.
	 * @param value the text Confluence sent
	 * @return the instant, or {@code null} when absent or not a timestamp
	 */
	static @Nullable Instant parse(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		Instant fast = parseUtc(value);
		if (fast != null) {
			return fast;
		}
		try {
			return OffsetDateTime.parse(value.trim()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or {@code null} for any other form. */
	private static @Nullable Instant parseUtc(String s) {
		int length = s.length();
		if (length < 20 || (s.charAt(length - 1) != 'Z' && s.charAt(length - 1) != 'z') || s.charAt(4) != '-'
				|| s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't') || s.charAt(13) != ':'
				|| s.charAt(16) != ':') {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
				|| minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null;
		}
		int nanos = 0;
		int end = length - 1;
		if (end > 19) {
			int fractionDigits = end - 20;
			if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
				return null;
			}
			int fraction = digits(s, 20, fractionDigits);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction * POWERS_OF_TEN[9 - fractionDigits];
		}
		long epochDay = epochDay(year, month, day);
		return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
	}

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
			1_000_000_000 };

	/**
	 * The value of {@code count} ASCII digits at {@code start}, or -1 if one is not a
	 * digit.
	 */
	private static int digits(String s, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			int digit = s.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private static int daysInMonth(int year, int month) {
		return switch (month) {
			case 2 -> ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	/**
	 * Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
	 * algorithm).
	 */
	private static long epochDay(int year, int month, int day) {
		long y = (month <= 2) ? year - 1 : year;
		long era = Math.floorDiv(y, 400);
		long yearOfEra = y - era * 400;
		long dayOfYear = (153L * (month + ((month > 2) ? -3 : 9)) + 2) / 5 + day - 1;
		long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097 + dayOfEra - 719_468;
	}

	/**
	 * Reads a JSON string as a Confluence timestamp; anything else reads as {@code null}.
	 */
	static final class Deserializer extends ValueDeserializer<Instant> {

		@Override
		public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				return parse(parser.getString());
			}
			parser.skipChildren();
			return null;
		}

	}

}
