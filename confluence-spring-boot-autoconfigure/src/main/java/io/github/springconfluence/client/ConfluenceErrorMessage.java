package io.github.springconfluence.client;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

/**
 * Extracts Confluence's own error text from an error body, whatever shape it has: the v1
 * envelope ({@code message}, {@code data.errors[].message.translation}), the v2 envelope
 * ({@code errors[].title} and {@code detail}), the gateway's
 * {@code {"code":..,"message":..}}, Atlassian's proxy's {@code text/plain}, or an HTML
 * page from a proxy.
 */
final class ConfluenceErrorMessage {

	/** Longest error text carried into an exception message. */
	static final int MAX_LENGTH = 500;

	private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern HTML_TAGS = Pattern.compile("<script.*?</script>|<style.*?</style>|<[^>]+>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private ConfluenceErrorMessage() {
	}

	/**
	 * Extracts the error text.
	 * @param contentType the response's content type, if any
	 * @param body the (bounded) response body
	 * @return the error text, trimmed and bounded, or {@code null} for an empty body
	 */
	public static @Nullable String extract(@Nullable MediaType contentType, byte[] body) {
		Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
				: StandardCharsets.UTF_8;
		String text = new String(body, charset).strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.startsWith("{") || text.startsWith("[")) {
			String fromJson = fromJson(text);
			if (fromJson != null) {
				return bound(fromJson);
			}
		}
		boolean html = (contentType != null && contentType.isCompatibleWith(MediaType.TEXT_HTML))
				|| text.regionMatches(true, 0, "<!doctype html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5);
		return bound(html ? fromHtml(text) : text);
	}

	private static @Nullable String fromJson(String text) {
		JsonNode root;
		try {
			root = ConfluenceJson.mapper().readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		// v2 envelope: {"errors":[{"status":404,"code":"NOT_FOUND","title":"Not
		// Found","detail":null}]}
		for (JsonNode error : root.path("errors")) {
			String title = text(error.path("title"));
			String detail = text(error.path("detail"));
			String message = text(error.path("message"));
			String joined = join(title, detail != null ? detail : message);
			if (joined != null) {
				parts.add(joined);
			}
		}
		// v1 envelope and the gateway:
		// {"statusCode":..,"message":"..","data":{"errors":[..]}}
		String message = text(root.path("message"));
		if (message != null) {
			parts.add(message);
		}
		for (JsonNode error : root.path("data").path("errors")) {
			String translation = text(error.path("message").path("translation"));
			if (translation != null && !parts.contains(translation)) {
				parts.add(translation);
			}
		}
		String errorMessage = text(root.path("errorMessage"));
		if (parts.isEmpty() && errorMessage != null) {
			parts.add(errorMessage);
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

	private static @Nullable String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable String join(@Nullable String title, @Nullable String detail) {
		if (title == null) {
			return detail;
		}
		return (detail == null || detail.equals(title)) ? title : title + ": " + detail;
	}

	private static String fromHtml(String html) {
		Matcher title = HTML_TITLE.matcher(html);
		String text = title.find() ? title.group(1) : HTML_TAGS.matcher(html).replaceAll(" ");
		return "HTML page: "
				+ text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip();
	}

	private static String bound(String text) {
		String collapsed = text.replaceAll("\\s+", " ").strip();
		return (collapsed.length() <= MAX_LENGTH) ? collapsed : collapsed.substring(0, MAX_LENGTH) + "…";
	}

}
