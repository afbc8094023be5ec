package io.github.springconfluence.test;

import java.time.Instant;

/**
 * A content property of a page, one version of it: the value is kept as JSON text.
 */
record PageProperty(long id, String key, String valueJson, int version, String message, String authorId,
		Instant createdAt) {

	PageProperty next(String newValueJson, String newMessage, String editor) {
		return new PageProperty(id, key, newValueJson, version + 1, newMessage, editor, Instant.now());
	}

}
