package io.github.springconfluence.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A scripted misbehaviour of {@link FakeConfluence}: an error status, a slow answer, a
 * cut body or a dropped connection, for the requests that match a method and a path.
 *
 * <p>
 * Immutable: every method returns a new {@code Fault}, so a fault can be shared and
 * reused, and nothing changes after {@link FakeConfluence#inject(Fault)}. Faults answer
 * before authentication is checked and the requests they answer are journaled.
 *
 * <pre>{@code
 * fake.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(429).header("Retry-After", "1").times(2));
 * }</pre>
 */
public final class Fault {

	/**
	 * A count for {@link #times(int)} meaning "every matching request, until cleared".
	 */
	public static final int ALWAYS = Integer.MAX_VALUE;

	private final String method;

	private final String path;

	private final int times;

	private final int status;

	private final Map<String, String> headers;

	private final @Nullable String contentType;

	private final String body;

	private final Duration delay;

	private final Action action;

	/** What the fault does with the connection once any delay is over. */
	enum Action {

		/** Send the scripted status, headers and body. */
		RESPOND,
		/**
		 * Announce the full body length, send half of the body, then close the
		 * connection.
		 */
		TRUNCATE_BODY,
		/** Close the connection without sending anything. */
		RESET_CONNECTION,
		/**
		 * Send the headers and half of the body, wait for the delay, then send the rest.
		 */
		STALL_BODY

	}

	private Fault(String method, String path, int times, int status, Map<String, String> headers,
			@Nullable String contentType, String body, Duration delay, Action action) {
		this.method = method;
		this.path = path;
		this.times = times;
		this.status = status;
		this.headers = headers;
		this.contentType = contentType;
		this.body = body;
		this.delay = delay;
		this.action = action;
	}

	/**
	 * Starts a fault for one request matching {@code method} and {@code path}, answering
	 * 500 with an empty body.
	 * @param method the HTTP method, or {@code "*"} for any
	 * @param path the path without the fake's path prefix, for example
	 * {@code /wiki/api/v2/spaces}; matched exactly, or as a prefix when it ends with
	 * {@code *} (e.g. {@code /wiki/api/v2/spaces/*})
	 * @return the fault
	 */
	public static Fault on(String method, String path) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		return new Fault(method, path, 1, 500, Map.of(), null, "", Duration.ZERO, Action.RESPOND);
	}

	/**
	 * Sets how many matching requests this fault answers before it is dropped.
	 * @param n a positive count, or {@link #ALWAYS}
	 * @return a copy with the count
	 */
	public Fault times(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("times must be positive: " + n);
		}
		return new Fault(method, path, n, status, headers, contentType, body, delay, action);
	}

	/**
	 * Sets the status code of the answer.
	 * @param status an HTTP status code (100-599)
	 * @return a copy with the status
	 */
	public Fault status(int status) {
		if (status < 100 || status > 599) {
			throw new IllegalArgumentException("Not an HTTP status: " + status);
		}
		return new Fault(method, path, times, status, headers, contentType, body, delay, action);
	}

	/**
	 * Adds (or replaces) a response header, for example {@code Retry-After}.
	 * @param name the header name
	 * @param value the header value
	 * @return a copy with the header
	 */
	public Fault header(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
		return new Fault(method, path, times, status, Map.copyOf(copy), contentType, body, delay, action);
	}

	/**
	 * Sets the response body.
	 * @param contentType the {@code Content-Type} header value
	 * @param body the body, sent as UTF-8
	 * @return a copy with the body
	 */
	public Fault body(String contentType, String body) {
		return new Fault(method, path, times, status, headers, Objects.requireNonNull(contentType, "contentType"),
				Objects.requireNonNull(body, "body"), delay, action);
	}

	/**
	 * Waits before answering, to exercise client timeouts. Only the thread serving this
	 * request waits: other requests are served meanwhile.
	 * @param delay how long to wait
	 * @return a copy with the delay
	 */
	public Fault delay(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative: " + delay);
		}
		return new Fault(method, path, times, status, headers, contentType, body, delay, action);
	}

	/**
	 * Sends headers announcing the full body length, writes only half of the body, then
	 * closes the connection. Without a {@link #body(String, String) body} a JSON body of
	 * a few hundred bytes is used, so that there is something to cut.
	 * @return a copy that truncates
	 */
	public Fault truncateBody() {
		return new Fault(method, path, times, status, headers, contentType, body, delay, Action.TRUNCATE_BODY);
	}

	/**
	 * Sends the headers and half of the body, then stalls for {@code stall} before
	 * sending the rest: a site that hangs in the middle of a response, for read-timeout
	 * tests. Replaces any {@link #delay(Duration) delay}.
	 * @param stall how long to stall in the middle of the body
	 * @return a copy that stalls
	 */
	public Fault stallBody(Duration stall) {
		if (stall.isNegative()) {
			throw new IllegalArgumentException("stall must not be negative: " + stall);
		}
		return new Fault(method, path, times, status, headers, contentType, body, stall, Action.STALL_BODY);
	}

	/**
	 * Closes the connection without sending any response.
	 * @return a copy that resets the connection
	 */
	public Fault resetConnection() {
		return new Fault(method, path, times, status, headers, contentType, body, delay, Action.RESET_CONNECTION);
	}

	/**
	 * Tells whether a request matches this fault.
	 * @param requestMethod the request's method
	 * @param requestPath the request's path without the path prefix
	 * @return whether this fault answers it
	 */
	boolean matches(String requestMethod, String requestPath) {
		if (!"*".equals(method) && !method.equalsIgnoreCase(requestMethod)) {
			return false;
		}
		if (path.endsWith("*")) {
			return requestPath.startsWith(path.substring(0, path.length() - 1));
		}
		return path.equals(requestPath);
	}

	int times() {
		return times;
	}

	int status() {
		return status;
	}

	Map<String, String> headers() {
		return headers;
	}

	@Nullable String contentType() {
		return contentType;
	}

	String body() {
		return body;
	}

	Duration delay() {
		return delay;
	}

	Action action() {
		return action;
	}

	@Override
	public String toString() {
		return "Fault[" + method + " " + path + ", times=" + (times == ALWAYS ? "ALWAYS" : times) + ", status=" + status
				+ ", action=" + action + ", delay=" + delay + "]";
	}

}
