package io.github.springconfluence.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A streaming {@code multipart/form-data} reader (RFC 7578): parts are handed out one at
 * a time, each with its headers and a stream of its content that ends at the next
 * boundary, so that a file part of any size passes through a buffer of a few kilobytes.
 * No multipart library is on this module's class path, and the JDK has none.
 *
 * <p>
 * File names may be given as {@code filename*=UTF-8''...} (RFC 5987, preferred when
 * present) or as raw UTF-8 in {@code filename="..."} (what browsers and most clients
 * send); both are NFC-normalised.
 */
final class MultipartReader {

	private static final int MAX_HEADER_BYTES = 16 * 1024;

	private static final int BUFFER_SIZE = 64 * 1024;

	private final InputStream in;

	// "\r\n--" + boundary: the body is read as if it started with CRLF, so the first
	// boundary looks
	// like every other one.
	private final byte[] delimiter;

	private final byte[] buffer;

	private int position;

	private int limit;

	private boolean finished;

	private @Nullable PartStream current;

	private MultipartReader(InputStream in, String boundary) {
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.buffer = new byte[Math.max(BUFFER_SIZE, delimiter.length * 4)];
		buffer[0] = '\r';
		buffer[1] = '\n';
		this.limit = 2;
	}

	/**
	 * A reader for a request, or null when the content type is not multipart with a
	 * boundary.
	 */
	static @Nullable MultipartReader of(InputStream in, @Nullable String contentType) {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return null;
		}
		String boundary = parameters(contentType).get("boundary");
		return (boundary == null || boundary.isEmpty() || boundary.length() > 70) ? null
				: new MultipartReader(in, boundary);
	}

	/**
	 * One part: its form field name, its file name (null for plain fields), its content
	 * type and content.
	 */
	record Part(String name, @Nullable String filename, @Nullable String contentType, InputStream content) {

		/**
		 * The content as UTF-8 text, at most {@code max} bytes (more is an error: fields
		 * are small).
		 */
		String text(int max) throws IOException {
			byte[] bytes = content.readNBytes(max + 1);
			if (bytes.length > max) {
				throw new IOException("Form field " + name + " is longer than " + max + " bytes");
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/**
	 * The next part, or null after the closing boundary. The previous part's content is
	 * skipped.
	 */
	@Nullable Part next() throws IOException {
		if (current != null) {
			current.skipRest();
		}
		else if (!finished) {
			// Before the first part: skip the preamble up to the first boundary.
			new PartStream().skipRest();
		}
		if (finished) {
			return null;
		}
		// After a boundary: "--" closes the body, CRLF starts a part.
		fill(2);
		if (limit - position < 2) {
			throw new IOException("Multipart body ends without a closing boundary");
		}
		if (buffer[position] == '-' && buffer[position + 1] == '-') {
			finished = true;
			return null;
		}
		skipLineEnd();
		Map<String, String> headers = readHeaders();
		String disposition = headers.get("content-disposition");
		if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
			throw new IOException("Multipart part without Content-Disposition: form-data");
		}
		Map<String, String> parameters = parameters(disposition);
		String name = parameters.getOrDefault("name", "");
		String filename = filename(parameters);
		current = new PartStream();
		return new Part(name, filename, headers.get("content-type"), current);
	}

	private void skipLineEnd() throws IOException {
		// Transport padding (spaces, tabs) may precede the CRLF that ends a boundary
		// line.
		while (true) {
			fill(1);
			if (position >= limit) {
				throw new IOException("Multipart body ends inside a boundary line");
			}
			byte b = buffer[position++];
			if (b == '\n') {
				return;
			}
			if (b != '\r' && b != ' ' && b != '\t') {
				throw new IOException("Unexpected bytes after a multipart boundary");
			}
		}
	}

	private Map<String, String> readHeaders() throws IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		// A part with no headers at all starts directly with CRLF.
		fill(2);
		if (limit - position >= 2 && buffer[position] == '\r' && buffer[position + 1] == '\n') {
			position += 2;
			return Map.of();
		}
		while (matched < end.length) {
			fill(1);
			if (position >= limit) {
				throw new IOException("Multipart body ends inside part headers");
			}
			byte b = buffer[position++];
			raw.write(b);
			matched = (b == end[matched]) ? matched + 1 : (b == '\r' ? 1 : 0);
			if (raw.size() > MAX_HEADER_BYTES) {
				throw new IOException("Multipart part headers are longer than " + MAX_HEADER_BYTES + " bytes");
			}
		}
		// Header values are UTF-8 in practice (RFC 7578 section 5.1 allows raw UTF-8 file
		// names).
		String text = raw.toString(StandardCharsets.UTF_8);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : text.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		return headers;
	}

	private static @Nullable String filename(Map<String, String> parameters) {
		String extended = parameters.get("filename*");
		if (extended != null) {
			int quote = extended.indexOf('\'');
			int second = quote < 0 ? -1 : extended.indexOf('\'', quote + 1);
			if (second > 0 && extended.substring(0, quote).equalsIgnoreCase("UTF-8")) {
				String decoded = URLDecoder.decode(extended.substring(second + 1).replace("+", "%2B"),
						StandardCharsets.UTF_8);
				return Normalizer.normalize(decoded, Normalizer.Form.NFC);
			}
		}
		String plain = parameters.get("filename");
		return plain == null ? null : Normalizer.normalize(plain, Normalizer.Form.NFC);
	}

	/** Parses {@code value; a=b; c="d \"e\""} parameters; names lower-cased. */
	static Map<String, String> parameters(String header) {
		Map<String, String> parameters = new LinkedHashMap<>();
		int i = header.indexOf(';');
		while (i >= 0 && i < header.length()) {
			i++;
			int eq = header.indexOf('=', i);
			if (eq < 0) {
				break;
			}
			String name = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
			int j = eq + 1;
			while (j < header.length() && header.charAt(j) == ' ') {
				j++;
			}
			StringBuilder value = new StringBuilder();
			if (j < header.length() && header.charAt(j) == '"') {
				j++;
				while (j < header.length() && header.charAt(j) != '"') {
					char c = header.charAt(j);
					if (c == '\\' && j + 1 < header.length()) {
						c = header.charAt(++j);
					}
					value.append(c);
					j++;
				}
				j = header.indexOf(';', j);
			}
			else {
				int semicolon = header.indexOf(';', j);
				value.append(header, j, semicolon < 0 ? header.length() : semicolon);
				j = semicolon;
			}
			parameters.put(name, value.toString().trim());
			i = j;
		}
		return parameters;
	}

	/** Makes at least {@code wanted} bytes available unless the stream ends first. */
	private void fill(int wanted) throws IOException {
		if (limit - position >= wanted) {
			return;
		}
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			limit -= position;
			position = 0;
		}
		while (limit < wanted) {
			int n = in.read(buffer, limit, buffer.length - limit);
			if (n < 0) {
				return;
			}
			limit += n;
		}
	}

	/**
	 * The content of one part: ends where the next delimiter starts, and then consumes
	 * the delimiter.
	 */
	private final class PartStream extends InputStream {

		private boolean ended;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (ended) {
				return -1;
			}
			fill(delimiter.length);
			int found = indexOfDelimiter();
			int available;
			if (found >= 0) {
				available = found - position;
				if (available == 0) {
					position += delimiter.length;
					ended = true;
					return -1;
				}
			}
			else {
				if (limit - position < delimiter.length) {
					throw new IOException("Multipart body ends without a closing boundary");
				}
				// Keep a tail that might be the beginning of a delimiter.
				available = limit - position - (delimiter.length - 1);
			}
			int n = Math.min(length, available);
			System.arraycopy(buffer, position, target, offset, n);
			position += n;
			return n;
		}

		void skipRest() throws IOException {
			byte[] scratch = new byte[8192];
			while (read(scratch, 0, scratch.length) >= 0) {
				// skip
			}
		}

		private int indexOfDelimiter() {
			outer: for (int i = position; i <= limit - delimiter.length; i++) {
				for (int k = 0; k < delimiter.length; k++) {
					if (buffer[i + k] != delimiter[k]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
