package io.github.springconfluence.user;

import java.util.Collection;
import java.util.Map;

/**
 * Looks up Confluence users by account id (v2 {@code POST /wiki/api/v2/users-bulk}).
 */
public interface ConfluenceUserService {

	/**
	 * Returns the display names of the given accounts: one request per 250 ids not yet
	 * looked up, none for ids already seen (known or not), so a caller can ask for every
	 * id of a batch of pages without counting.
	 * @param accountIds the Atlassian account ids; duplicates and blanks are ignored
	 * @return the display names by account id, in the order asked; an account Confluence
	 * does not know, or does not let this user see, is absent, and when the account may
	 * not view user profiles at all (Confluence answers 404) the map is empty
	 */
	Map<String, String> displayNames(Collection<String> accountIds);

}
