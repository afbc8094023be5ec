package io.github.springconfluence.test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A request as {@link FakeConfluence} received it, kept in its journal.
 *
 * @param method the HTTP method
 * @param path the decoded path without the fake's path prefix, for example
 * {@code /wiki/api/v2/spaces} (the full decoded path when the request did not carry the
 * prefix)
 * @param rawPath the path as received, still encoded, with the prefix
 * @param rawQuery the query string as received (encoded), or {@code null} when there was
 * none
 * @param headers the request headers, looked up case-insensitively, read-only
 * @param body the request body (empty when there was none)
 * @param remoteAddress the client's address and port, one per TCP connection
 */
public record RecordedRequest(String method, String path, String rawPath, @Nullable String rawQuery,
		Map<String, List<String>> headers, byte[] body, InetSocketAddress remoteAddress) {

	/**
	 * Creates a record, copying the headers into a read-only case-insensitive map.
	 * @param method the HTTP method
	 * @param path the decoded path without the path prefix
	 * @param rawPath the encoded path as received
	 * @param rawQuery the encoded query string, or {@code null}
	 * @param headers the request headers
	 * @param body the request body
	 * @param remoteAddress the client's address
	 */
	public RecordedRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(rawPath, "rawPath");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(remoteAddress, "remoteAddress");
		// HTTP header names are case-insensitive, so lookups must be too, whatever case
		// the client sent.
		TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
			List<String> merged = new java.util.ArrayList<>(a);
			merged.addAll(b);
			return List.copyOf(merged);
		}));
		headers = Collections.unmodifiableMap(copy);
	}

	/**
	 * Returns the first value of a header.
	 * @param name the header name, any case
	 * @return the first value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * Returns the first value of a query parameter.
	 * @param name the parameter name (exact case)
	 * @return the URL-decoded first value, or {@code null} when the parameter is absent
	 */
	public @Nullable String queryParam(String name) {
		return QueryParams.parse(rawQuery).first(name);
	}

	/**
	 * Returns the body decoded as UTF-8.
	 * @return the body text
	 */
	public String bodyAsString() {
		return new String(body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "RecordedRequest[" + method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " from "
				+ remoteAddress + ", " + body.length + " body bytes]";
	}
}
