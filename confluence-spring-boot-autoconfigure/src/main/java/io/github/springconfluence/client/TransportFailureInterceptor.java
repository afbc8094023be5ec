package io.github.springconfluence.client;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns a request that got no response (connection refused or reset, timeout) into a
 * {@link io.github.springconfluence.ConfluenceTransportException}, so that callers of the
 * {@code confluenceRestClient} get the starter's exception instead of Spring's
 * {@code ResourceAccessException}. The outermost of the starter's interceptors: it sees
 * the failure that remains after retries.
 */
final class TransportFailureInterceptor implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
		try {
			return execution.execute(request, body);
		}
		catch (IOException ex) {
			throw ConfluenceExceptionFactory.transportFailure(request.getMethod(), request.getURI(), ex);
		}
	}

}
