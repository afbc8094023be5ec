package io.github.springconfluence.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds {@code Authorization: Basic base64(email:token)} to every request, the first one
 * included.
 * <p>
 * Confluence serves anonymous requests and never sends a {@code WWW-Authenticate} challenge,
 * so a client that waits for one silently works as the anonymous user: the header must be sent
 * preemptively. It is encoded as UTF-8, as Atlassian's own examples do (Spring's default is
 * ISO-8859-1, which garbles non-ASCII emails), and computed once.
 * <p>
 * This interceptor belongs on the Confluence client only; put on a shared builder or in a
 * {@code RestClientCustomizer}, it would send the token to every host the application calls.
 */
public final class ConfluenceBasicAuthInterceptor implements ClientHttpRequestInterceptor {

	private final String authorization;

	/**
	 * Creates an interceptor for the given credentials.
	 * @param email the Atlassian account email
	 * @param apiToken the API token
	 */
	public ConfluenceBasicAuthInterceptor(String email, String apiToken) {
		this.authorization = "Basic " + HttpHeaders.encodeBasicAuth(email, apiToken, StandardCharsets.UTF_8);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, this.authorization);
		return execution.execute(request, body);
	}

	@Override
	public String toString() {
		return "ConfluenceBasicAuthInterceptor[authorization=******]";
	}

}
