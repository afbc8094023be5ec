package io.github.springconfluence.ai;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.springconfluence.markdown.UserDisplayNames;
import io.github.springconfluence.user.ConfluenceUserService;
import org.jspecify.annotations.Nullable;

/**
 * The display names of one batch of pages, looked up at once before its bodies are
 * converted: each page's conversion is answered from them, and only an account the batch
 * did not ask for (one the quick scan of the bodies missed) goes to the user service,
 * which caches it.
 *
 * @param asked the account ids the batch asked for
 * @param names the names found for them
 * @param userService the user service, for any other account
 */
record BatchDisplayNames(Set<String> asked, Map<String, String> names,
		ConfluenceUserService userService) implements UserDisplayNames {

	/**
	 * Looks up the names of a batch: one call to the user service, none when there is no
	 * account to look up.
	 * @param accountIds the authors and mentioned users of the batch
	 * @param userService the user service
	 * @return the batch's names
	 */
	static BatchDisplayNames lookUp(Set<String> accountIds, ConfluenceUserService userService) {
		Map<String, String> names = accountIds.isEmpty() ? Map.of() : userService.displayNames(accountIds);
		return new BatchDisplayNames(Set.copyOf(accountIds), Map.copyOf(names), userService);
	}

	/**
	 * Returns a name looked up for the batch.
	 * @param accountId the account id
	 * @return the display name, or {@code null} when the account is not known
	 */
	@Nullable String get(String accountId) {
		return this.names.get(accountId);
	}

	@Override
	public Map<String, String> displayNames(Collection<String> accountIds) {
		Map<String, String> found = new LinkedHashMap<>();
		List<String> others = accountIds.stream().filter((id) -> !this.asked.contains(id)).toList();
		Map<String, String> more = others.isEmpty() ? Map.of() : this.userService.displayNames(others);
		for (String id : accountIds) {
			String name = this.asked.contains(id) ? this.names.get(id) : more.get(id);
			if (name != null) {
				found.put(id, name);
			}
		}
		return found;
	}

}
