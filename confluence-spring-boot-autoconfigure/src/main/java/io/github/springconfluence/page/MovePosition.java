package io.github.springconfluence.page;

/**
 * Where {@link ConfluencePageService#move(String, MovePosition, String) move} puts a page
 * relative to its target.
 */
public enum MovePosition {

	/** As the sibling just before the target. */
	BEFORE("before"),

	/** As the sibling just after the target. */
	AFTER("after"),

	/** As the last child of the target. */
	APPEND("append");

	private final String wireName;

	MovePosition(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Returns the name in the v1 move path.
	 * @return {@code before}, {@code after} or {@code append}
	 */
	String wireName() {
		return this.wireName;
	}

}
