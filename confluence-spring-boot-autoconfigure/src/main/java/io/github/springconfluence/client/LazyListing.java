package io.github.springconfluence.client;

import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.springconfluence.ConfluenceException;
import org.jspecify.annotations.Nullable;

/**
 * A lazy stream over a listing that Confluence pages with {@code next} links.
 * <p>
 * No request is made until the stream is consumed, each page is requested only when the
 * previous one is used up (so {@code findFirst()} costs one request), and only the
 * current page is held in memory. A {@code next} link that was already visited ends the
 * stream with a {@link ConfluenceException} instead of looping forever.
 */
final class LazyListing {

	private LazyListing() {
	}

	/**
	 * Creates the stream.
	 * @param <T> the item type
	 * @param firstPage fetches the first page
	 * @param nextPage fetches the page at a resolved {@code next} link
	 * @return a sequential, lazy stream of every item
	 */
	static <T> Stream<T> stream(Supplier<Batch<T>> firstPage, Function<URI, Batch<T>> nextPage) {
		return StreamSupport.stream(new BatchSpliterator<>(firstPage, nextPage), false);
	}

	private static final class BatchSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

		private final Supplier<Batch<T>> firstPage;

		private final Function<URI, Batch<T>> nextPage;

		private final Set<URI> visited = new HashSet<>();

		private @Nullable Iterator<T> items;

		private @Nullable URI next;

		BatchSpliterator(Supplier<Batch<T>> firstPage, Function<URI, Batch<T>> nextPage) {
			super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
			this.firstPage = firstPage;
			this.nextPage = nextPage;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			while (this.items == null || !this.items.hasNext()) {
				Batch<T> page;
				if (this.items == null) {
					page = this.firstPage.get();
				}
				else if (this.next != null) {
					URI link = this.next;
					if (!this.visited.add(link)) {
						throw new ConfluenceException("Confluence returned the next-page link " + link.getRawPath()
								+ " twice; stopping instead of looping forever", 0, null, null);
					}
					page = this.nextPage.apply(link);
				}
				else {
					return false;
				}
				this.items = page.items().iterator();
				this.next = page.next();
			}
			action.accept(this.items.next());
			return true;
		}

	}

}
