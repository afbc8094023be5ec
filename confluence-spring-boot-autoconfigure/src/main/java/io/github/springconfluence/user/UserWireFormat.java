package io.github.springconfluence.user;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the v2 bulk user lookup.
 */
final class UserWireFormat {

	private UserWireFormat() {
	}

	/** The request: 1 to 250 account ids. */
	record V2BulkLookup(List<String> accountIds) {
	}

	/** The answer; a next link would mean Confluence left some users for later. */
	record V2Users(@Nullable List<V2User> results, @JsonProperty("_links") @Nullable Links links) {
	}

	/** The answer's links. */
	record Links(@Nullable String next) {
	}

	/** One user; Confluence adds fields, and some are hidden by privacy settings. */
	record V2User(@Nullable String accountId, @Nullable String displayName, @Nullable String publicName) {
	}

}
