package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * A {@code multipart/form-data} body (RFC 7578) for
 * {@link ConfluenceApiClient#upload(org.springframework.http.HttpMethod, String, ConfluenceMultipart, Class, Object...)},
 * such as an attachment upload: file parts streamed from Spring {@link Resource}s, never
 * held in memory, and UTF-8 text parts.
 * <p>
 * File names are sent as UTF-8, NFC-normalised (Confluence matches names byte for byte,
 * and macOS file systems hand out decomposed names). A body whose resources can all be
 * opened again ({@link Resource#isOpen()} is {@code false}) is {@link #isRepeatable()
 * repeatable}: only such a body is ever sent twice, when a retry is due.
 */
public final class ConfluenceMultipart {

	private static final byte[] CRLF = { '\r', '\n' };

	private static final char[] BOUNDARY_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		.toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<Part> parts;

	private final String boundary;

	private ConfluenceMultipart(List<Part> parts) {
		this.parts = List.copyOf(parts);
		char[] boundary = new char[32];
		for (int i = 0; i < boundary.length; i++) {
			boundary[i] = BOUNDARY_CHARACTERS[RANDOM.nextInt(BOUNDARY_CHARACTERS.length)];
		}
		this.boundary = "confluence-" + new String(boundary);
	}

	/**
	 * Starts a body.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns whether every part can be read again, which a retry needs.
	 * @return {@code true} when no part is a one-shot stream
	 */
	public boolean isRepeatable() {
		return this.parts.stream().allMatch((part) -> part.resource() == null || !part.resource().isOpen());
	}

	MediaType contentType() {
		return new MediaType(MediaType.MULTIPART_FORM_DATA, java.util.Map.of("boundary", this.boundary));
	}

	/**
	 * The exact length of the encoded body, or -1 when a resource does not know its
	 * length (the body is then sent chunked).
	 */
	long contentLength() {
		long length = 0;
		for (Part part : this.parts) {
			length += header(part).length + CRLF.length;
			if (part.resource() != null) {
				if (part.resource().isOpen()) {
					return -1; // a one-shot stream's length can only be had by consuming
								// it
				}
				try {
					long size = part.resource().contentLength();
					if (size < 0) {
						return -1;
					}
					length += size;
				}
				catch (IOException | RuntimeException ex) {
					return -1;
				}
			}
			else {
				length += part.text().length;
			}
		}
		return length + closing().length;
	}

	void writeTo(OutputStream out) throws IOException {
		for (Part part : this.parts) {
			out.write(header(part));
			if (part.resource() != null) {
				try (InputStream content = part.resource().getInputStream()) {
					content.transferTo(out);
				}
			}
			else {
				out.write(part.text());
			}
			out.write(CRLF);
		}
		out.write(closing());
	}

	/** Names of the parts, for messages: never their content. */
	@Override
	public String toString() {
		return "ConfluenceMultipart" + this.parts.stream().map(Part::name).toList();
	}

	private byte[] header(Part part) {
		StringBuilder header = new StringBuilder("--").append(this.boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(quoted(part.name()))
			.append('"');
		if (part.filename() != null) {
			header.append("; filename=\"").append(quoted(part.filename())).append('"');
		}
		header.append("\r\n");
		if (part.mediaType() != null) {
			header.append("Content-Type: ").append(part.mediaType()).append("\r\n");
		}
		return header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] closing() {
		return ("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * RFC 7578 section 4.2 and the HTML standard: quotes and line breaks percent-encoded.
	 */
	private static String quoted(String value) {
		return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

	private record Part(String name, @Nullable String filename, @Nullable MediaType mediaType,
			@Nullable Resource resource, byte[] text) {
	}

	/** Collects the parts of a body, in order. */
	public static final class Builder {

		private final List<Part> parts = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Adds a file part, streamed from the resource when the body is sent.
		 * @param name the part name, such as {@code file}
		 * @param filename the file name, sent NFC-normalised as UTF-8
		 * @param mediaType the file's media type
		 * @param content the content
		 * @return this builder
		 */
		public Builder file(String name, String filename, MediaType mediaType, Resource content) {
			Assert.hasText(name, "name must not be blank");
			Assert.hasText(filename, "filename must not be blank");
			Assert.notNull(mediaType, "mediaType must not be null");
			Assert.notNull(content, "content must not be null");
			this.parts.add(new Part(name, Normalizer.normalize(filename, Normalizer.Form.NFC), mediaType, content,
					new byte[0]));
			return this;
		}

		/**
		 * Adds a text part, sent as UTF-8.
		 * @param name the part name, such as {@code comment}
		 * @param value the value
		 * @return this builder
		 */
		public Builder text(String name, String value) {
			Assert.hasText(name, "name must not be blank");
			Assert.notNull(value, "value must not be null");
			boolean ascii = value.chars().allMatch((c) -> c < 128);
			this.parts
				.add(new Part(name, null, ascii ? null : new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
						null, value.getBytes(StandardCharsets.UTF_8)));
			return this;
		}

		/**
		 * Builds the body.
		 * @return the body
		 */
		public ConfluenceMultipart build() {
			Assert.state(!this.parts.isEmpty(), "A multipart body needs at least one part");
			return new ConfluenceMultipart(this.parts);
		}

	}

}
