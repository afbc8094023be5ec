package io.github.springconfluence.markdown;

import java.util.Collection;
import java.util.Map;

/**
 * Looks up the display names of Confluence users, for the user mentions of a page.
 * {@link StorageToMarkdown} calls it once per document with every account id mentioned in
 * it, so an implementation backed by the REST API makes one bulk request per page (and
 * may cache across pages).
 */
@FunctionalInterface
public interface UserDisplayNames {

	/**
	 * Returns the display names of the given users.
	 * @param accountIds the account ids, without duplicates, never empty
	 * @return the display name of each account id that is known; ids missing from the map
	 * are written with a neutral placeholder
	 */
	Map<String, String> displayNames(Collection<String> accountIds);

}
