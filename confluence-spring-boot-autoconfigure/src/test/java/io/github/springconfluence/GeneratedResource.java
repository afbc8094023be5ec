package io.github.springconfluence;

import java.io.InputStream;

import io.github.springconfluence.test.FakeAttachment;

import org.springframework.core.io.AbstractResource;

/**
 * A {@link org.springframework.core.io.Resource} of any size that holds nothing:
 * {@link FakeAttachment#generatedByte(long)}'s pattern, generated as it is read, so that
 * the fake's stored copy can be checked byte by byte. Readable any number of times.
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
