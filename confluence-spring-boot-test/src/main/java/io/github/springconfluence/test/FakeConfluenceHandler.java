package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of the fake: finds the route, reads the request (uploads are streamed to
 * their endpoint instead), journals it, lets a fault answer first, then checks the
 * credentials, runs the route's guard, validates the request against Atlassian's
 * description and hands it to the endpoint.
 */
final class FakeConfluenceHandler implements HttpHandler {

	private static final Logger LOGGER = Logger.getLogger(FakeConfluence.class.getName());

	// Something to cut in half when a truncating fault has no body of its own.
	private static final String TRUNCATION_FILLER = "{\"results\":["
			+ "{\"id\":\"98305\",\"key\":\"FILLER\"},".repeat(12)
			+ "{\"id\":\"98306\",\"key\":\"LAST\"}],\"_links\":{}}";

	// Uploads can be any size; the journal keeps this much of their beginning for
	// assertions.
	static final int JOURNALED_BODY_LIMIT = 1024 * 1024;

	private final FakeConfluence fake;

	private final RouteTable routes;

	FakeConfluenceHandler(FakeConfluence fake) {
		this.fake = fake;
		this.routes = Routes.table(fake);
	}

	RouteTable routes() {
		return routes;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		String decodedPath = uri.getPath() == null ? "/" : uri.getPath();
		String prefix = fake.pathPrefix();
		boolean underPrefix = prefix.isEmpty() || decodedPath.equals(prefix) || decodedPath.startsWith(prefix + "/");
		String path = (underPrefix && !prefix.isEmpty()) ? decodedPath.substring(prefix.length()) : decodedPath;
		String method = exchange.getRequestMethod();
		RouteTable.Match match = underPrefix ? routes.match(method, path.isEmpty() ? "/" : path) : null;
		boolean streams = match != null && match.route().streamsBody();

		Received received = new Received(exchange, path.isEmpty() ? "/" : path, streams);
		if (!streams) {
			// Read everything first: answering before the upload is consumed makes
			// clients see a reset.
			received.readWhole();
			fake.journal().record(received.request());
		}

		Fault fault = fake.faults().claim(method, received.path);
		if (fault != null) {
			received.finishStreamed();
			answerWithFault(exchange, fault);
			return;
		}
		Response response;
		try {
			response = respond(received, match, underPrefix);
		}
		catch (RuntimeException | IOException ex) {
			LOGGER.log(Level.WARNING, "FakeConfluence failed to answer " + received.request(), ex);
			response = ErrorResponses.v1(500, "FakeConfluence failed: " + ex);
		}
		received.finishStreamed();
		send(exchange, response);
	}

	private Response respond(Received received, RouteTable.@Nullable Match match, boolean underPrefix)
			throws IOException {
		RecordedRequest request = received.request();
		boolean authenticated = BasicCredentials.matches(request.header("Authorization"), fake.email(),
				fake.apiToken());
		if (!authenticated && !fake.isAnonymousAccess()) {
			return ErrorResponses.unauthorized();
		}
		if (!underPrefix || match == null) {
			return Routes.notFound(request);
		}
		Route route = match.route();
		if (route.guard() != null) {
			Response rejected = route.guard().reject(request, authenticated);
			if (rejected != null) {
				return rejected;
			}
		}
		if (fake.isValidatingRequests()) {
			OpenApiRequestValidation.Rejection rejection = OpenApiRequestValidation.validate(request,
					route.streamsBody());
			if (rejection != null) {
				return reject(received, rejection);
			}
		}
		return route.endpoint()
			.handle(new ApiCall(request, match.variables(), authenticated,
					route.streamsBody() ? received.capture : null));
	}

	private Response reject(Received received, OpenApiRequestValidation.Rejection rejection) throws IOException {
		int status = rejection.isMediaTypeOnly() ? 415 : 400;
		received.finishStreamed();
		List<String> texts = rejection.texts();
		fake.journal().rejected(new RejectedRequest(received.request(), status, texts));
		LOGGER.log(Level.WARNING, () -> "FakeConfluence rejected " + received.request() + " against Atlassian's "
				+ rejection.api() + " description: " + texts);
		return ErrorResponses.validation(rejection.api(), status, rejection.messages());
	}

	/**
	 * A request being handled. Bodies of streaming routes are read by the endpoint
	 * through a capturing stream; such a request is journaled once its body is consumed,
	 * with the captured beginning.
	 */
	private final class Received {

		private final HttpExchange exchange;

		private final String path;

		private final boolean streams;

		private final @Nullable CapturingInputStream capture;

		private byte[] body = new byte[0];

		private boolean journaled;

		// One record per body state, so that the journal and a rejection hold the same
		// instance.
		private @Nullable RecordedRequest record;

		Received(HttpExchange exchange, String path, boolean streams) {
			this.exchange = exchange;
			this.path = path;
			this.streams = streams;
			this.capture = streams ? new CapturingInputStream(exchange.getRequestBody(), JOURNALED_BODY_LIMIT) : null;
		}

		void readWhole() throws IOException {
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			record = null;
		}

		/**
		 * For a streaming route: drains what is left and journals the request;
		 * idempotent.
		 */
		void finishStreamed() throws IOException {
			if (!streams || journaled) {
				return;
			}
			capture.drain();
			body = capture.captured();
			record = null;
			journaled = true;
			fake.journal().record(request());
		}

		RecordedRequest request() {
			if (record == null) {
				URI uri = exchange.getRequestURI();
				record = new RecordedRequest(exchange.getRequestMethod(), path,
						uri.getRawPath() == null ? "/" : uri.getRawPath(), uri.getRawQuery(),
						exchange.getRequestHeaders(), body, exchange.getRemoteAddress());
			}
			return record;
		}

	}

	private void answerWithFault(HttpExchange exchange, Fault fault) throws IOException {
		if (!fault.delay().isZero() && fault.action() != Fault.Action.STALL_BODY) {
			// Sleeping holds only this request's pool thread; the pool grows, so other
			// requests go on.
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
			case RESET_CONNECTION -> exchange.close(); // no response started: the JDK
														// server closes the socket
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
		// Throwing out of the handler is the only public way to make the JDK server close
		// the socket
		// in the middle of a fixed-length body; closing the stream would leave the
		// connection open.
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

	/**
	 * The response of a fault that sends part of a body: a JSON filler when the fault has
	 * none.
	 */
	private static Response partialBodyResponse(Fault fault) {
		Response response = faultResponse(fault, fault.body().isEmpty() ? TRUNCATION_FILLER : fault.body());
		return (response.contentType() != null) ? response
				: new Response(response.status(), Response.JSON, response.body(), response.headers());
	}

	private static Response faultResponse(Fault fault, String body) {
		return new Response(fault.status(), fault.contentType(), body.getBytes(StandardCharsets.UTF_8),
				fault.headers());
	}

	private void send(HttpExchange exchange, Response response) throws IOException {
		writeHeaders(exchange, response);
		byte[] bytes = response.body();
		// -1 means "no body" to the JDK server; 0 would mean chunked.
		exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private void writeHeaders(HttpExchange exchange, Response response) {
		Headers headers = exchange.getResponseHeaders();
		if (fake.isSetCookieOnResponses()) {
			// Like Atlassian's session cookie: a client with a cookie jar would send it
			// to any port of
			// this host, the media server's included, unless it keeps credentials to the
			// site's origin.
			headers.add("Set-Cookie", "tenant.session.token=" + UUID.randomUUID() + "; Path=/; HttpOnly");
		}
		headers.set("ATL-TraceId", String.format("%016x", ThreadLocalRandom.current().nextLong()));
		if (response.contentType() != null) {
			headers.set("Content-Type", response.contentType());
		}
		response.headers().forEach(headers::set);
	}

}
