package io.github.springconfluence.page;

/**
 * A representation of a page body, as Confluence names it on the wire.
 * <p>
 * Not every format is allowed everywhere: lists return only {@link #STORAGE} and
 * {@link #ATLAS_DOC_FORMAT}; {@link #VIEW} (rendered HTML) is read-only and only on a
 * single page; {@link #WIKI} (wiki markup) is accepted on writes only, and Confluence
 * stores it as storage format. The service refuses a wrong use before sending anything.
 */
public enum BodyFormat {

	/** Confluence's storage format: XHTML with Confluence macros. */
	STORAGE("storage", true, true, true),

	/** The Atlassian Document Format: JSON, as the editor keeps it. */
	ATLAS_DOC_FORMAT("atlas_doc_format", true, true, true),

	/** The rendered HTML, read-only, on single reads. */
	VIEW("view", true, false, false),

	/** Wiki markup, on writes only. */
	WIKI("wiki", false, false, true);

	private final String wireName;

	private final boolean readable;

	private final boolean listable;

	private final boolean writable;

	BodyFormat(String wireName, boolean readable, boolean listable, boolean writable) {
		this.wireName = wireName;
		this.readable = readable;
		this.listable = listable;
		this.writable = writable;
	}

	/**
	 * Returns the name Confluence uses, as in {@code body-format=atlas_doc_format} and
	 * {@code representation}.
	 * @return the wire name
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Returns whether a single page can be read in this format.
	 * @return {@code true} for all but {@link #WIKI}
	 */
	public boolean isReadable() {
		return this.readable;
	}

	/**
	 * Returns whether page lists can carry bodies in this format.
	 * @return {@code true} for {@link #STORAGE} and {@link #ATLAS_DOC_FORMAT}
	 */
	public boolean isListable() {
		return this.listable;
	}

	/**
	 * Returns whether a page can be written in this format.
	 * @return {@code true} for all but {@link #VIEW}
	 */
	public boolean isWritable() {
		return this.writable;
	}

}
