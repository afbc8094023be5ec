package io.github.springconfluence.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.springconfluence.ConfluenceAccessDeniedException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.user.UserWireFormat.V2BulkLookup;
import io.github.springconfluence.user.UserWireFormat.V2User;
import io.github.springconfluence.user.UserWireFormat.V2Users;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(RestClientConfluenceUserService.class);

	private final DisplayNameCache cache = new DisplayNameCache(CACHE_CAPACITY);

	private final AtomicBoolean profilesHiddenLogged = new AtomicBoolean();

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
		V2Users users;
		try {
			users = this.api
				.send(HttpMethod.POST, new V2BulkLookup(new ArrayList<>(accountIds)), V2Users.class, USERS_BULK)
				.body();
		}
		catch (ConfluenceNotFoundException | ConfluenceAccessDeniedException ex) {
			// The description's 404 (and a 403): this account may not view user profiles.
			// Names are a nicety, never a reason to fail the caller's read.
			if (this.profilesHiddenLogged.compareAndSet(false, true)) {
				logger.warn("Confluence does not let this account look up users (" + ex.statusCode()
						+ "): account ids are used instead of names. Grant the account permission to view user"
						+ " profiles to get names.");
			}
			accountIds.forEach((accountId) -> this.cache.put(accountId, null));
			return Map.of();
		}
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
		// Misses are cached too (an account that left is asked for once), unless the
		// answer has a next link and may have left some users out: then only what came
		// back is remembered, and the others are asked for again.
		boolean complete = users == null || users.links() == null || users.links().next() == null;
		accountIds.stream()
			.filter((accountId) -> complete || found.containsKey(accountId))
			.forEach((accountId) -> this.cache.put(accountId, found.get(accountId)));
		return found;
	}

}
