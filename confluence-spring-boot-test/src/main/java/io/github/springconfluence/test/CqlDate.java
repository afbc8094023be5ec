package io.github.springconfluence.test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * A CQL date: {@code "yyyy-MM-dd HH:mm"} (a minute) or {@code "yyyy-MM-dd"} (a day), with
 * {@code /} also accepted between the date's parts, as Confluence accepts both. Read in
 * UTC: Confluence reads dates in the searching user's time zone, and the fake's user is
 * in UTC. Date functions ({@code now()}, {@code startOfDay()}, ...) are not supported.
 *
 * <p>
 * {@code >}, {@code >=}, {@code <} and {@code <=} compare with the date's first instant
 * (midnight for a day), so {@code lastmodified > "2024-05-01 09:30"} matches 09:30:10;
 * {@code =} matches anything within the minute or the day ({@code !=}, which is
 * {@code NOT =}, anything outside).
 *
 * @param start the first instant of the minute or day
 * @param end the first instant after it
 */
record CqlDate(Instant start, Instant end) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * Parses a date value.
	 * @throws CqlParseException when it is neither form
	 */
	static CqlDate parse(String value) {
		String text = value.strip().replace('/', '-');
		try {
			if (text.length() > 10) {
				Instant start = LocalDateTime.parse(text, MINUTE).toInstant(ZoneOffset.UTC);
				return new CqlDate(start, start.plus(1, ChronoUnit.MINUTES));
			}
			Instant start = LocalDate.parse(text, DAY).atStartOfDay().toInstant(ZoneOffset.UTC);
			return new CqlDate(start, start.plus(1, ChronoUnit.DAYS));
		}
		catch (DateTimeParseException ex) {
			throw new CqlParseException("Not a CQL date: " + value);
		}
	}

	/**
	 * Whether an instant compares with this date as a positive operator asks.
	 * @param operator {@code =}, {@code >}, {@code >=}, {@code <} or {@code <=}
	 */
	boolean matches(String operator, Instant instant) {
		return switch (operator) {
			case "=" -> !instant.isBefore(start) && instant.isBefore(end);
			case ">" -> instant.isAfter(start);
			case ">=" -> !instant.isBefore(start);
			case "<" -> instant.isBefore(start);
			case "<=" -> !instant.isAfter(start);
			default -> throw new IllegalArgumentException("Not a date operator: " + operator);
		};
	}

}
