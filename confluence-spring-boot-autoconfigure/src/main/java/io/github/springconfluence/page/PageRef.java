package io.github.springconfluence.page;

/**
 * A reference to a piece of content, as ancestors are listed.
 *
 * @param id the content id
 * @param type the content type, such as {@code page} or {@code folder}
 */
public record PageRef(String id, String type) {
}
