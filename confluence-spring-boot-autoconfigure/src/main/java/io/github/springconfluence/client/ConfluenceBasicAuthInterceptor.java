package io.github.springconfluence.client;

import java.io.IOException;

import io.github.springconfluence.ConfluenceException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds {@code Authorization: Basic base64(email:token)} to every request, the first one
 * included, and only to the configured origin.
 * <p>
 * Confluence serves anonymous requests and never sends a {@code WWW-Authenticate}
 * challenge, so a client that waits for one silently works as the anonymous user: the
 * header must be sent preemptively. It is encoded as UTF-8, as Atlassian's own examples
 * do (Spring's default is ISO-8859-1, which garbles non-ASCII emails), and computed once.
 * <p>
 * This interceptor belongs on the Confluence client only; put on a shared builder or in a
 * {@code RestClientCustomizer}, it would send the token to every host the application
 * calls.
 */
final class ConfluenceBasicAuthInterceptor implements ClientHttpRequestInterceptor {

	private final ConfluenceBaseUrl baseUrl;

	private final String authorization;

	/**
	 * Creates an interceptor for a connection's credentials, encoded once.
	 * @param connection the connection, whose base URL is the only origin the credentials
	 * may be sent to
	 */
	ConfluenceBasicAuthInterceptor(ConfluenceConnection connection) {
		this.baseUrl = connection.baseUrl();
		this.authorization = connection.authorization();
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		// An absolute URI overrides the client's base URL: such a request must not carry
		// the token.
		if (!this.baseUrl.isSameOrigin(request.getURI())) {
			throw new ConfluenceException(
					"Refusing to send Confluence credentials to " + request.getURI().getScheme() + "://"
							+ request.getURI().getRawAuthority() + ": the Confluence client only talks to "
							+ this.baseUrl + " (confluence.base-url). Use another RestClient for other hosts.",
					0, null, null);
		}
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, this.authorization);
		return execution.execute(request, body);
	}

	@Override
	public String toString() {
		return "ConfluenceBasicAuthInterceptor[authorization=******]";
	}

}
