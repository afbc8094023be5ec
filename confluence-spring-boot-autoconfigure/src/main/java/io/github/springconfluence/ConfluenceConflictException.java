package io.github.springconfluence;

import org.jspecify.annotations.Nullable;

/**
 * Confluence answered HTTP 409: the write was based on a version that is no longer the
 * current one (someone saved the page meanwhile), or it collides with existing content.
 * <p>
 * Nothing was written. Read the content again, apply the change again and write it with
 * the new version; {@code ConfluencePageService.edit} does this by itself.
 */
public class ConfluenceConflictException extends ConfluenceException {

	private final @Nullable Integer currentVersion;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain credentials
	 * @param statusCode the HTTP status of Confluence's response
	 * @param traceId the value of the {@code ATL-TraceId} response header, if any
	 * @param currentVersion the current version number when Confluence said it
	 * @param cause the underlying failure, if any
	 */
	public ConfluenceConflictException(String message, int statusCode, @Nullable String traceId,
			@Nullable Integer currentVersion, @Nullable Throwable cause) {
		super(message, statusCode, traceId, cause);
		this.currentVersion = currentVersion;
	}

	/**
	 * Returns the current version number, as Confluence's message gave it ("Current
	 * version is: 7").
	 * @return the version, or {@code null} when Confluence did not say
	 */
	public @Nullable Integer currentVersion() {
		return this.currentVersion;
	}

}
