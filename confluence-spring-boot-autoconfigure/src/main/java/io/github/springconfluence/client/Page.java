package io.github.springconfluence.client;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a paged Confluence listing.
 *
 * @param <T> the item type
 * @param items the page's items
 * @param next the resolved link to the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, @Nullable URI next) {
}
