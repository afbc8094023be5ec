package io.github.springconfluence.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of every paged Confluence list, v1 and v2 alike:
 * {@code {"results":[...],"_links":{"next":...,"base":...}}}. v2's {@code next} is
 * site-relative and starts with {@code /wiki}; v1's is relative to the {@code /wiki}
 * context; {@link ConfluenceBaseUrl#resolve} tells them apart. v2 also sends the next
 * link as a {@code Link} header, which {@link NextLinks} reads when the body has none.
 *
 * @param <W> the wire type of an item
 * @param results the items, {@code null} entries skipped
 * @param links the envelope's links
 */
record ListEnvelope<W>(@Nullable List<@Nullable W> results, @JsonProperty("_links") @Nullable Links links) {

	/**
	 * The envelope's {@code _links}.
	 *
	 * @param next the next page, absent on the last
	 * @param base the site's {@code /wiki} URL, which items' {@code webui} links are
	 * relative to
	 */
	record Links(@Nullable String next, @Nullable String base) {
	}

}
