package io.github.springconfluence.test;

import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A Spring {@link org.springframework.core.io.Resource} of any size that holds nothing in
 * memory: {@link FakeAttachment#generatedContent(long)}, generated as it is read, byte
 * for byte what {@link FakeConfluence#addAttachment(long, String, String, long)} stores.
 * For uploads larger than the heap in tests; it can be read any number of times, so an
 * upload of it may be retried. Needs Spring Framework on the class path.
 */
public final class GeneratedResource extends AbstractResource {

	private final long size;

	/**
	 * Creates the resource.
	 * @param size its length in bytes
	 */
	public GeneratedResource(long size) {
		this.size = size;
	}

	@Override
	public String getDescription() {
		return "generated content of " + this.size + " bytes";
	}

	@Override
	public long contentLength() {
		return this.size;
	}

	@Override
	public InputStream getInputStream() {
		return FakeAttachment.generatedContent(this.size);
	}

}
