package io.github.springconfluence.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Checks an {@code Authorization: Basic} header against the fake's email and API token.
 * The pair is decoded as UTF-8, as Atlassian encodes it, so that non-ASCII emails work.
 */
final class BasicCredentials {

	private BasicCredentials() {
	}

	static boolean matches(@Nullable String authorization, String email, String apiToken) {
		if (authorization == null || authorization.length() < 6
				|| !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int colon = decoded.indexOf(':');
		return colon >= 0 && decoded.substring(0, colon).equals(email) && decoded.substring(colon + 1).equals(apiToken);
	}

}
