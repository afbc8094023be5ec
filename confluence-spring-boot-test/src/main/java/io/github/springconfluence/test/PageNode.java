package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page and what it owns in the {@link SiteModel}: child page ids (in position order),
 * attachments (by id, in upload order), labels, content properties and earlier versions.
 * Mutable, guarded by the site model's lock; only the site model touches it.
 */
final class PageNode {

	FakePage page;

	final List<Long> children = new ArrayList<>();

	final Map<String, StoredAttachment> attachments = new LinkedHashMap<>();

	// Label names, in the order they were added.
	final Set<String> labels = new LinkedHashSet<>();

	// Content properties by key, in creation order.
	final Map<String, PageProperty> properties = new LinkedHashMap<>();

	// Earlier versions, oldest first; the current one is `page`.
	final List<FakePage> versions = new ArrayList<>();

	PageNode(FakePage page) {
		this.page = page;
	}

	/** Every version, oldest first, the current one last. */
	List<FakePage> allVersions() {
		List<FakePage> all = new ArrayList<>(versions);
		all.add(page);
		return all;
	}

	/** An attachment's current version and its content. */
	record StoredAttachment(FakeAttachment attachment, AttachmentContent content) {
	}

}
