package io.github.springconfluence.markdown;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.springframework.util.Assert;

/**
 * Converts Confluence storage format to Markdown (CommonMark with GitHub tables and task
 * lists), for people, search indexes and language models.
 * <ul>
 * <li>Headings, paragraphs, emphasis, lists, block quotes, tables (a cell's block content
 * on one line, joined by {@code <br>
 * }), links and images map to their Markdown forms.</li>
 * <li>Code macros become fenced blocks with their language (after their title in bold);
 * info, note, warning and tip panels block quotes starting {@code > **Note**} (as
 * {@link MarkdownToStorage} reads them); expand macros their title and body; status
 * lozenges their text; task lists {@code - [ ]} and {@code - [x]}.</li>
 * <li>Page links become the link's text (or the page title); attachments and images
 * Markdown links and images to the file name; user mentions the user's display name,
 * looked up through {@link UserDisplayNames} once per document ({@value #UNKNOWN_USER}
 * for an unknown user); a Jira issue macro its issue key; emoticons are dropped.</li>
 * <li>Other macros keep the text of their bodies; script and style content is dropped; no
 * Confluence tag or attribute reaches the output, and text is escaped so that it cannot
 * read as Markdown syntax.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class StorageToMarkdown {

	/** What a mention of a user whose name is not known is written as. */
	public static final String UNKNOWN_USER = StorageRenderer.UNKNOWN_USER;

	/** The element around the fragment; rendered as a container of blocks. */
	static final String ROOT = "storage-root";

	private static final UserDisplayNames NO_NAMES = (accountIds) -> Map.of();

	private final UserDisplayNames userDisplayNames;

	/**
	 * Creates a converter that writes every user mention as {@value #UNKNOWN_USER}.
	 */
	public StorageToMarkdown() {
		this(NO_NAMES);
	}

	private StorageToMarkdown(UserDisplayNames userDisplayNames) {
		this.userDisplayNames = userDisplayNames;
	}

	/**
	 * Creates a converter that writes user mentions as display names.
	 * @param userDisplayNames looks up the users mentioned in a document, once per
	 * document
	 * @return the converter
	 */
	public static StorageToMarkdown withUserDisplayNames(UserDisplayNames userDisplayNames) {
		Assert.notNull(userDisplayNames, "userDisplayNames must not be null");
		return new StorageToMarkdown(userDisplayNames);
	}

	/**
	 * Converts a storage-format body to Markdown.
	 * @param storageXhtml the storage XHTML, a fragment (malformed input is read
	 * leniently)
	 * @return the Markdown, ending with a newline unless empty
	 */
	public String convert(String storageXhtml) {
		Assert.notNull(storageXhtml, "storageXhtml must not be null");
		// A root element makes the fragment one XML document; jsoup's XML parser keeps
		// the
		// ac:/ri: names and CDATA, and closes what the input leaves open.
		Document document = Jsoup.parse("<" + ROOT + ">" + storageXhtml + "</" + ROOT + ">", "", Parser.xmlParser());
		return new StorageRenderer(displayNames(document)).render(document);
	}

	private Map<String, String> displayNames(Document document) {
		Set<String> accountIds = new LinkedHashSet<>();
		for (Element user : document.getElementsByTag("ri:user")) {
			String accountId = StorageRenderer.attribute(user, "ri:account-id").strip();
			if (!accountId.isEmpty()) {
				accountIds.add(accountId);
			}
		}
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = this.userDisplayNames.displayNames(Collections.unmodifiableSet(accountIds));
		return (names != null) ? names : Map.of();
	}

}
