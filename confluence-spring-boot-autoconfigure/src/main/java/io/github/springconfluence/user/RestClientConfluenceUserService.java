package io.github.springconfluence.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.user.UserWireFormat.V2BulkLookup;
import io.github.springconfluence.user.UserWireFormat.V2User;
import io.github.springconfluence.user.UserWireFormat.V2Users;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link ConfluenceUserService} over the {@link ConfluenceApiClient}, with a cache of the
 * {@value #CACHE_CAPACITY} accounts used most recently.
 */
public class RestClientConfluenceUserService implements ConfluenceUserService {

	/**
	 * The most account ids one bulk lookup takes (the description's {@code maxItems}).
	 */
	static final int MAX_IDS = 250;

	static final int CACHE_CAPACITY = 10_000;

	private static final String USERS_BULK = "/wiki/api/v2/users-bulk";

	private final ConfluenceApiClient api;

	private final DisplayNameCache cache = new DisplayNameCache(CACHE_CAPACITY);

	/**
	 * Creates the service.
	 * @param api the Confluence API client
	 */
	public RestClientConfluenceUserService(ConfluenceApiClient api) {
		Assert.notNull(api, "api must not be null");
		this.api = api;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> accountIds) {
		Assert.notNull(accountIds, "accountIds must not be null");
		Set<String> asked = new LinkedHashSet<>();
		for (String accountId : accountIds) {
			if (accountId != null && !accountId.isBlank()) {
				asked.add(accountId.trim());
			}
		}
		Map<String, String> names = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String accountId : asked) {
			Optional<String> cached = this.cache.get(accountId);
			if (cached == null) {
				unknown.add(accountId);
			}
			else {
				cached.ifPresent((name) -> names.put(accountId, name));
			}
		}
		// The answer is built from what came back, not read back from the cache, which
		// may have evicted part of it meanwhile.
		Map<String, String> found = new LinkedHashMap<>();
		for (int from = 0; from < unknown.size(); from += MAX_IDS) {
			found.putAll(lookUp(unknown.subList(from, Math.min(from + MAX_IDS, unknown.size()))));
		}
		if (found.isEmpty()) {
			return names;
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String accountId : asked) {
			String name = names.containsKey(accountId) ? names.get(accountId) : found.get(accountId);
			if (name != null) {
				ordered.put(accountId, name);
			}
		}
		return ordered;
	}

	private Map<String, String> lookUp(List<String> accountIds) {
		V2Users users = this.api
			.send(HttpMethod.POST, new V2BulkLookup(new ArrayList<>(accountIds)), V2Users.class, USERS_BULK)
			.body();
		Map<String, String> found = new LinkedHashMap<>();
		if (users != null && users.results() != null) {
			for (V2User user : users.results()) {
				if (user != null && user.accountId() != null) {
					String name = (user.displayName() != null && !user.displayName().isBlank()) ? user.displayName()
							: user.publicName();
					if (name != null && !name.isBlank()) {
						found.put(user.accountId(), name);
					}
				}
			}
		}
		// Misses are cached too: an account that left stays unknown, and is asked for
		// once.
		accountIds.forEach((accountId) -> this.cache.put(accountId, found.get(accountId)));
		return found;
	}

}
