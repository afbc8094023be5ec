package io.github.springconfluence.client;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One batch of a paged Confluence listing: the items of one response and the link to the
 * next.
 *
 * @param <T> the item type
 * @param items the page's items
 * @param next the resolved link to the next page, or {@code null} on the last page
 */
record Batch<T>(List<T> items, @Nullable URI next) {
}
