package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page and what it owns in the {@link SiteModel}: child page ids, attachments (by id,
 * in upload order), labels, content properties and earlier versions. Mutable, guarded by
 * the site model's lock; only the site model touches it.
 */
final class PageNode {

	FakePage page;

	final List<Long> children = new ArrayList<>();

	final Map<String, StoredAttachment> attachments = new LinkedHashMap<>();

	final Set<String> labels = new LinkedHashSet<>();

	// Content properties by key (value as JSON text); pages' property endpoints come with
	// the next issue.
	final Map<String, String> properties = new LinkedHashMap<>();

	// Earlier versions, oldest first; the current one is `page`.
	final List<FakePage> versions = new ArrayList<>();

	PageNode(FakePage page) {
		this.page = page;
	}

	/** An attachment's current version and its content. */
	record StoredAttachment(FakeAttachment attachment, AttachmentContent content) {
	}

}
