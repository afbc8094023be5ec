package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The HTTP side of the fake: reads the whole request, journals it, lets a fault answer first, then checks
 * the credentials and hands over to {@link Routes}.
 */
final class FakeConfluenceHandler implements HttpHandler {

	private static final Logger LOGGER = Logger.getLogger(FakeConfluence.class.getName());

	// Something to cut in half when a truncating fault has no body of its own.
	private static final String TRUNCATION_FILLER = "{\"results\":[" + "{\"id\":\"98305\",\"key\":\"FILLER\"},".repeat(12)
			+ "{\"id\":\"98306\",\"key\":\"LAST\"}],\"_links\":{}}";

	private final FakeConfluence fake;

	private final Routes routes;

	FakeConfluenceHandler(FakeConfluence fake) {
		this.fake = fake;
		this.routes = new Routes(fake);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		// Read everything first: answering before the upload is consumed makes clients see a reset.
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		URI uri = exchange.getRequestURI();
		String decodedPath = uri.getPath() == null ? "/" : uri.getPath();
		String prefix = fake.pathPrefix();
		boolean underPrefix = prefix.isEmpty() || decodedPath.equals(prefix) || decodedPath.startsWith(prefix + "/");
		String path = (underPrefix && !prefix.isEmpty()) ? decodedPath.substring(prefix.length()) : decodedPath;
		RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path.isEmpty() ? "/" : path,
				uri.getRawPath() == null ? "/" : uri.getRawPath(), uri.getRawQuery(), exchange.getRequestHeaders(),
				body, exchange.getRemoteAddress());
		fake.journal().record(request);

		Fault fault = fake.faults().claim(request.method(), request.path());
		if (fault != null) {
			answerWithFault(exchange, fault);
			return;
		}
		Response response;
		try {
			response = respond(request, underPrefix);
		}
		catch (RuntimeException ex) {
			LOGGER.log(Level.WARNING, "FakeConfluence failed to answer " + request, ex);
			response = ErrorResponses.v1(500, "FakeConfluence failed: " + ex);
		}
		send(exchange, response);
	}

	private Response respond(RecordedRequest request, boolean underPrefix) {
		boolean authenticated = BasicCredentials.matches(request.header("Authorization"), fake.email(), fake.apiToken());
		if (!authenticated && !fake.isAnonymousAccess()) {
			return ErrorResponses.unauthorized();
		}
		return underPrefix ? routes.route(request, authenticated) : Routes.notFound(request);
	}

	private void answerWithFault(HttpExchange exchange, Fault fault) throws IOException {
		if (!fault.delay().isZero() && fault.action() != Fault.Action.STALL_BODY) {
			// Sleeping holds only this request's pool thread; the pool grows, so other requests go on.
			try {
				Thread.sleep(fault.delay().toMillis());
			}
			catch (InterruptedException ex) {
				// The server is stopping: drop the connection rather than answer late.
				Thread.currentThread().interrupt();
				exchange.close();
				return;
			}
		}
		switch (fault.action()) {
			case RESET_CONNECTION -> exchange.close(); // no response started: the JDK server closes the socket
			case TRUNCATE_BODY -> truncate(exchange, fault);
			case STALL_BODY -> stall(exchange, fault);
			case RESPOND -> send(exchange, faultResponse(fault, fault.body()));
		}
	}

	private void truncate(HttpExchange exchange, Fault fault) throws IOException {
		Response response = partialBodyResponse(fault);
		writeHeaders(exchange, response);
		byte[] bytes = response.body();
		exchange.sendResponseHeaders(response.status(), bytes.length);
		OutputStream out = exchange.getResponseBody();
		out.write(bytes, 0, bytes.length / 2);
		out.flush();
		// Throwing out of the handler is the only public way to make the JDK server close the socket
		// in the middle of a fixed-length body; closing the stream would leave the connection open.
		throw new IOException("FakeConfluence truncated the body on purpose");
	}

	private void stall(HttpExchange exchange, Fault fault) throws IOException {
		Response response = partialBodyResponse(fault);
		writeHeaders(exchange, response);
		byte[] bytes = response.body();
		exchange.sendResponseHeaders(response.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes, 0, bytes.length / 2);
			out.flush();
			Thread.sleep(fault.delay().toMillis());
			out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("FakeConfluence stopped while stalling", ex);
		}
	}

	/** The response of a fault that sends part of a body: a JSON filler when the fault has none. */
	private static Response partialBodyResponse(Fault fault) {
		Response response = faultResponse(fault, fault.body().isEmpty() ? TRUNCATION_FILLER : fault.body());
		return (response.contentType() != null) ? response
				: new Response(response.status(), Response.JSON, response.body(), response.headers());
	}

	private static Response faultResponse(Fault fault, String body) {
		return new Response(fault.status(), fault.contentType(), body.getBytes(StandardCharsets.UTF_8), fault.headers());
	}

	private static void send(HttpExchange exchange, Response response) throws IOException {
		writeHeaders(exchange, response);
		byte[] bytes = response.body();
		// -1 means "no body" to the JDK server; 0 would mean chunked.
		exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void writeHeaders(HttpExchange exchange, Response response) {
		Headers headers = exchange.getResponseHeaders();
		headers.set("ATL-TraceId", String.format("%016x", ThreadLocalRandom.current().nextLong()));
		if (response.contentType() != null) {
			headers.set("Content-Type", response.contentType());
		}
		response.headers().forEach(headers::set);
	}
}
