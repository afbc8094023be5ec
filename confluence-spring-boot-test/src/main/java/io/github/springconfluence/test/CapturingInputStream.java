package io.github.springconfluence.test;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body through while keeping a bounded copy of its beginning for the
 * journal and counting every byte: an upload of any size costs at most {@code limit}
 * bytes of heap.
 */
final class CapturingInputStream extends FilterInputStream {

	private final int limit;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private long total;

	CapturingInputStream(InputStream in, int limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			total++;
			if (copy.size() < limit) {
				copy.write(b);
			}
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			total += n;
			int room = limit - copy.size();
			if (room > 0) {
				copy.write(buffer, offset, Math.min(room, n));
			}
		}
		return n;
	}

	/**
	 * Reads and discards whatever the endpoint left, so that the client does not see a
	 * reset.
	 */
	void drain() throws IOException {
		byte[] buffer = new byte[64 * 1024];
		while (read(buffer, 0, buffer.length) >= 0) {
			// discard
		}
	}

	byte[] captured() {
		return copy.toByteArray();
	}

	long total() {
		return total;
	}

}
