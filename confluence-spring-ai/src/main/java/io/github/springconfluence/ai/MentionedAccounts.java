package io.github.springconfluence.ai;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the account ids that a storage-format body mentions
 * ({@code <ri:user ri:account-id="..."/>}), so that a batch of pages can look every name
 * up at once before its bodies are converted.
 */
final class MentionedAccounts {

	private static final Pattern ACCOUNT_ID = Pattern.compile("ri:account-id\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	private MentionedAccounts() {
	}

	/**
	 * Adds the account ids a body mentions.
	 * @param storage the body in storage format
	 * @param into where the ids go
	 */
	static void collect(String storage, Collection<String> into) {
		if (storage.indexOf("account-id") < 0) {
			return;
		}
		Matcher matcher = ACCOUNT_ID.matcher(storage);
		while (matcher.find()) {
			String id = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			if (!id.isBlank()) {
				into.add(id.strip());
			}
		}
	}

}
