package io.github.springconfluence.client;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Makes the {@code confluenceRestClient}'s {@code retrieve()} calls raise the same typed
 * {@link io.github.springconfluence.ConfluenceException}s as the starter's services, for
 * the endpoints that users call directly. Redirects that reach it were not followed
 * because they leave the configured origin, so they are errors too.
 */
final class ConfluenceResponseErrorHandler implements ResponseErrorHandler {

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		return status >= 300;
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) {
		throw ConfluenceExceptionFactory.fromResponse(method, url, response);
	}

}
