package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A second HTTP server on 127.0.0.1, another origin (another port), standing in for
 * {@code api.media.atlassian.com}: attachment downloads are redirected here with a token
 * in the URL, which is all it needs, so that tests can check that clients follow the hop
 * without the site's {@code Authorization} header or cookies: a request that carries
 * either is answered 401, so a client that leaks them fails its test. It serves content
 * as a stream with its length, journals every request, and takes its own faults.
 */
final class MediaServer {

	private static final Logger LOGGER = Logger.getLogger(FakeConfluence.class.getName());

	// Stands in for the media client id Confluence puts in the redirect.
	private static final String CLIENT_ID = "fake-confluence-media-client";

	private final SiteModel site;

	private final RequestJournal journal = new RequestJournal();

	private final FaultRegistry faults = new FaultRegistry();

	// token -> fileId; tokens are single-purpose like Atlassian's short-lived JWTs.
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	private volatile boolean extraHop;

	private volatile @Nullable String locationOverride;

	private @Nullable HttpServer server;

	private @Nullable ExecutorService executor;

	private volatile int port = -1;

	MediaServer(SiteModel site) {
		this.site = site;
	}

	synchronized void start(InetAddress loopback) {
		if (server != null) {
			return;
		}
		try {
			HttpServer created = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
			ExecutorService pool = Executors.newCachedThreadPool(task -> {
				Thread thread = new Thread(task, "fake-confluence-media");
				thread.setDaemon(true);
				return thread;
			});
			created.createContext("/", this::handle);
			created.setExecutor(pool);
			created.start();
			server = created;
			executor = pool;
			port = created.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start FakeConfluence's media server", ex);
		}
	}

	synchronized void stop() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
		port = -1;
	}

	String baseUrl() {
		if (port < 0) {
			throw new IllegalStateException("FakeConfluence is not running: call start() first");
		}
		return "http://127.0.0.1:" + port;
	}

	/**
	 * Where the site's download route redirects for an attachment: a fresh token each
	 * time.
	 */
	String downloadLocation(FakeAttachment attachment) {
		String override = locationOverride;
		if (override != null) {
			return override;
		}
		return binaryUrl(attachment.fileId(), attachment.title());
	}

	private String binaryUrl(String fileId, String name) {
		String token = UUID.randomUUID().toString().replace("-", "");
		tokens.put(token, fileId);
		return baseUrl() + "/file/" + fileId + "/binary?token=" + token + "&client=" + CLIENT_ID + "&name="
				+ AttachmentJson.encode(name).replace("+", "%20");
	}

	RequestJournal journal() {
		return journal;
	}

	FaultRegistry faults() {
		return faults;
	}

	void extraHop(boolean enabled) {
		this.extraHop = enabled;
	}

	void locationOverride(@Nullable String location) {
		this.locationOverride = location;
	}

	void reset() {
		journal.clear();
		faults.clear();
		extraHop = false;
		locationOverride = null;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		URI uri = exchange.getRequestURI();
		String path = uri.getPath() == null ? "/" : uri.getPath();
		RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path,
				uri.getRawPath() == null ? "/" : uri.getRawPath(), uri.getRawQuery(), exchange.getRequestHeaders(),
				new byte[0], exchange.getRemoteAddress());
		journal.record(request);
		Fault fault = faults.claim(request.method(), path);
		try {
			serve(exchange, request, fault);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.close();
		}
		catch (RuntimeException ex) {
			LOGGER.log(Level.WARNING, "FakeConfluence's media server failed to answer " + request, ex);
			exchange.close();
		}
	}

	private void serve(HttpExchange exchange, RecordedRequest request, @Nullable Fault fault)
			throws IOException, InterruptedException {
		if (fault != null && !fault.delay().isZero() && fault.action() != Fault.Action.STALL_BODY) {
			Thread.sleep(fault.delay().toMillis());
		}
		if (fault != null && fault.action() == Fault.Action.RESET_CONNECTION) {
			exchange.close();
			return;
		}
		if (fault != null && fault.action() == Fault.Action.RESPOND) {
			byte[] body = fault.body().getBytes(StandardCharsets.UTF_8);
			if (fault.contentType() != null) {
				exchange.getResponseHeaders().set("Content-Type", fault.contentType());
			}
			fault.headers().forEach(exchange.getResponseHeaders()::set);
			answer(exchange, fault.status(), body);
			return;
		}
		String[] segments = request.path().split("/");
		String fileId = (segments.length == 4 && segments[1].equals("file") && segments[3].equals("binary"))
				? segments[2] : null;
		if (fileId == null || !request.method().equalsIgnoreCase("GET")) {
			answer(exchange, 404, "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
			return;
		}
		if (request.header("Authorization") != null || request.header("Cookie") != null) {
			// Atlassian's media host authenticates with the token in the URL only; a
			// client
			// that sends the site's credentials here has leaked them to another origin.
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			answer(exchange, 401, "{\"error\":\"credentials sent to the media origin: it takes the URL's token only\"}"
				.getBytes(StandardCharsets.UTF_8));
			return;
		}
		String token = request.queryParam("token");
		if (token == null || !fileId.equals(tokens.get(token))) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			answer(exchange, 401, "{\"error\":\"invalid or missing token\"}".getBytes(StandardCharsets.UTF_8));
			return;
		}
		PageNode.StoredAttachment stored = site.attachmentByFileId(fileId).orElse(null);
		if (stored == null) {
			answer(exchange, 404, "{\"error\":\"file not found\"}".getBytes(StandardCharsets.UTF_8));
			return;
		}
		if (extraHop && request.queryParam("hop") == null) {
			// One more redirect on the media origin, as the media service sometimes does.
			tokens.remove(token);
			String next = binaryUrl(fileId, stored.attachment().title()) + "&hop=2";
			exchange.getResponseHeaders().set("Location", next);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		streamContent(exchange, stored, fault);
	}

	private static void streamContent(HttpExchange exchange, PageNode.StoredAttachment stored, @Nullable Fault fault)
			throws IOException, InterruptedException {
		long size = stored.content().size();
		exchange.getResponseHeaders().set("Content-Type", stored.attachment().mediaType());
		exchange.getResponseHeaders()
			.set("Content-Disposition", "attachment; filename*=UTF-8''"
					+ AttachmentJson.encode(stored.attachment().title()).replace("+", "%20"));
		// 0 means chunked to the JDK server; an empty file is announced as "no body".
		exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
		if (size == 0) {
			exchange.close();
			return;
		}
		OutputStream out = exchange.getResponseBody();
		try (InputStream in = stored.content().open()) {
			if (fault == null) {
				in.transferTo(out);
				out.close();
				return;
			}
			copy(in, out, size / 2);
			out.flush();
			if (fault.action() == Fault.Action.TRUNCATE_BODY) {
				// Throwing makes the JDK server drop the connection in the middle of a
				// fixed-length body.
				throw new IOException("FakeConfluence's media server truncated the body on purpose");
			}
			Thread.sleep(fault.delay().toMillis());
			in.transferTo(out);
			out.close();
		}
	}

	private static void copy(InputStream in, OutputStream out, long count) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long left = count;
		while (left > 0) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				return;
			}
			out.write(buffer, 0, n);
			left -= n;
		}
	}

	private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
