package io.github.springconfluence.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an attachment, kept out of the heap where they can be large: generated on
 * the fly, or in a temporary file for uploads. Small in-memory content exists for tests
 * that pass bytes.
 */
interface AttachmentContent {

	long size();

	InputStream open() throws IOException;

	/** Frees what the content holds (the temporary file). */
	default void discard() {
	}

	static AttachmentContent of(byte[] bytes) {
		byte[] copy = bytes.clone();
		return new AttachmentContent() {
			@Override
			public long size() {
				return copy.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(copy);
			}
		};
	}

	static AttachmentContent generated(long size) {
		return new AttachmentContent() {
			@Override
			public long size() {
				return size;
			}

			@Override
			public InputStream open() {
				return new GeneratedInputStream(size);
			}
		};
	}

	static AttachmentContent file(Path file, long size) {
		return new AttachmentContent() {
			@Override
			public long size() {
				return size;
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public void discard() {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A temporary file the OS will clean up; nothing a test can do about
					// it.
				}
			}
		};
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/** The SHA-256 of a content, read once through a small buffer. */
	static String sha256Of(AttachmentContent content) {
		MessageDigest digest = sha256();
		try (InputStream in = content.open()) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) >= 0) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * {@link FakeAttachment#generatedByte(long)} for every position, without any buffer
	 * of that size.
	 */
	final class GeneratedInputStream extends InputStream {

		private final long size;

		private long position;

		GeneratedInputStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			return position < size ? FakeAttachment.generatedByte(position++) & 0xff : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (position >= size) {
				return -1;
			}
			int n = (int) Math.min(length, size - position);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = FakeAttachment.generatedByte(position++);
			}
			return n;
		}

	}

}
