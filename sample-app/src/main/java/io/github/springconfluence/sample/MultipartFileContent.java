package io.github.springconfluence.sample;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded part as a {@link org.springframework.core.io.Resource} that says what it
 * is: readable again (the servlet container keeps it in a temporary file until the
 * request ends) and of a known length. {@code MultipartFile.getResource()} reports itself
 * as an open stream, so the starter would neither retry the upload nor send its length.
 */
final class MultipartFileContent extends AbstractResource {

	private final MultipartFile file;

	MultipartFileContent(MultipartFile file) {
		this.file = file;
	}

	@Override
	public String getDescription() {
		return "uploaded part " + this.file.getName();
	}

	@Override
	public String getFilename() {
		return this.file.getOriginalFilename();
	}

	@Override
	public long contentLength() {
		return this.file.getSize();
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return this.file.getInputStream();
	}

}
