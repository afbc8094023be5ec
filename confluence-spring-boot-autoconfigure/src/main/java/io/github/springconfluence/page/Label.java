package io.github.springconfluence.page;

/**
 * A label of a page.
 *
 * @param id the label id
 * @param name the name, such as {@code release-notes}
 * @param prefix {@code global}, {@code my}, {@code team} or {@code system}
 */
public record Label(String id, String name, String prefix) {
}
