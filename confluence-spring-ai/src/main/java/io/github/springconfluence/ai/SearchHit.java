package io.github.springconfluence.ai;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.ai.DocumentSearchWireFormat.Ancestor;
import io.github.springconfluence.ai.DocumentSearchWireFormat.Content;
import io.github.springconfluence.ai.DocumentSearchWireFormat.Label;
import io.github.springconfluence.ai.DocumentSearchWireFormat.Result;
import io.github.springconfluence.client.ConfluenceListContext;
import org.jspecify.annotations.Nullable;

/**
 * What the expanded search tells about one page: everything of a document but its body.
 *
 * @param id the page id
 * @param title the title
 * @param spaceKey the space key, if known
 * @param labels the label names
 * @param ancestors the titles of the pages above it, the top first
 * @param version the version number, if known
 * @param lastModified when the version was written, if known
 * @param authorId the account id of the version's author, if known
 * @param authorName the author's display name as the search gave it, if it did
 * @param webUrl the absolute URL in the web UI, if known
 */
record SearchHit(String id, String title, @Nullable String spaceKey, List<String> labels, List<String> ancestors,
		@Nullable Integer version, @Nullable Instant lastModified, @Nullable String authorId,
		@Nullable String authorName, @Nullable URI webUrl) {

	/**
	 * Reads a result; results that are not pages (or have no id) are skipped.
	 * @param result the result
	 * @param list the response that carried it
	 * @return the hit, or {@code null} to skip the result
	 */
	static @Nullable SearchHit of(Result result, ConfluenceListContext list) {
		Content content = result.content();
		if (content == null || !"page".equals(content.type()) || content.id() == null) {
			return null;
		}
		List<String> labels = new ArrayList<>();
		if (content.metadata() != null && content.metadata().labels() != null
				&& content.metadata().labels().results() != null) {
			for (Label label : content.metadata().labels().results()) {
				if (label != null && label.name() != null) {
					labels.add(label.name());
				}
			}
		}
		List<String> ancestors = new ArrayList<>();
		if (content.ancestors() != null) {
			for (Ancestor ancestor : content.ancestors()) {
				if (ancestor != null && ancestor.title() != null) {
					ancestors.add(ancestor.title());
				}
			}
		}
		Integer version = null;
		Instant when = result.lastModified();
		String authorId = null;
		String authorName = null;
		if (content.version() != null) {
			version = content.version().number();
			if (content.version().when() != null) {
				when = content.version().when();
			}
			if (content.version().by() != null) {
				authorId = content.version().by().accountId();
				authorName = content.version().by().displayName();
			}
		}
		return new SearchHit(content.id(), (content.title() != null) ? content.title() : "",
				(content.space() != null) ? content.space().key() : null, List.copyOf(labels), List.copyOf(ancestors),
				version, when, authorId, authorName,
				list.webUrl((content.links() != null) ? content.links().webui() : null));
	}

}
