package io.github.springconfluence.client;

import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * What a mapper passed to
 * {@link ConfluenceApiClient#stream(String, Class, java.util.function.BiFunction, Object...)}
 * knows about the list response that carried an item: the response itself (status, trace
 * id, {@link ConfluenceResponse#malformed(String) malformed}) and the envelope's
 * {@code _links.base}, against which the items' {@code webui} links resolve.
 */
public final class ConfluenceListContext {

	private final ConfluenceResponse<?> response;

	private final WebLinks webLinks;

	ConfluenceListContext(ConfluenceBaseUrl baseUrl, ConfluenceResponse<?> response, @Nullable String base) {
		this.response = response;
		this.webLinks = WebLinks.forBase(baseUrl, base);
	}

	/**
	 * Returns the response that carried the item.
	 * @return the list response
	 */
	public ConfluenceResponse<?> response() {
		return this.response;
	}

	/**
	 * Resolves an item's {@code _links.webui} against the list's {@code _links.base}.
	 * @param webui the item's {@code webui} link
	 * @return the absolute URL, or {@code null} when there is none or it cannot be known
	 * (behind the gateway without {@code _links.base})
	 */
	public @Nullable URI webUrl(@Nullable String webui) {
		return this.webLinks.resolve(webui);
	}

	/**
	 * Resolves an item's {@code _links.webui} as {@link #webUrl(String)} does, but only
	 * when the supplier is first called, and once. Parsing a {@link URI} costs more than
	 * reading the rest of a typical item, so a model that streams in large numbers holds
	 * this instead of the URI.
	 * @param webui the item's {@code webui} link
	 * @return a thread-safe supplier of the absolute URL, or of {@code null} when there
	 * is none or it cannot be known
	 */
	public Supplier<@Nullable URI> lazyWebUrl(@Nullable String webui) {
		return new LazyWebUrl(this.webLinks, webui);
	}

}
