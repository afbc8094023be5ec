package io.github.springconfluence.ai;

import java.util.Map;

/**
 * Turns a page's storage-format body into the document's text, with the display names of
 * the users it mentions already looked up for its batch.
 */
final class PageText {

	/**
	 * Converts a body.
	 * @param storage the body in storage format
	 * @param displayNames the display names of (at least) the accounts it mentions
	 * @return the text
	 */
	String convert(String storage, Map<String, String> displayNames) {
		// Placeholder until StorageToMarkdown lands: the body as stored.
		return storage;
	}

}
