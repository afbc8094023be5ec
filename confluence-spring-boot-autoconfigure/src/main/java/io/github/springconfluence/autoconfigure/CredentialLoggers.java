package io.github.springconfluence.autoconfigure;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The HTTP libraries' loggers that print request headers, the Confluence {@code Authorization}
 * header included, once they are at DEBUG (or TRACE).
 * <p>
 * Found by running reads, writes, retries and errors on each library with the root logger at
 * DEBUG and searching the output for the credentials. The JDK {@code HttpClient} and Reactor
 * Netty printed none: the JDK client logs through {@code System.Logger} only when
 * {@code jdk.httpclient.HttpClient.log} is set, and Reactor Netty prints headers only with its
 * wiretap, which is off.
 */
final class CredentialLoggers {

	/** The level the starter gives these loggers by default: it prints no header. */
	static final String QUIET_LEVEL = "INFO";

	/** Every logger that prints request headers at DEBUG. */
	static final List<String> NAMES = List.of(
			// Apache HttpClient 5: every request and response header, and the bytes on the wire.
			"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire",
			// Jetty 12: the request with its headers as it is queued and as it is written.
			"org.eclipse.jetty.client.transport.HttpRequest", "org.eclipse.jetty.client.transport.HttpSender",
			"org.eclipse.jetty.client.transport.internal.HttpSenderOverHTTP", "org.eclipse.jetty.http.HttpGenerator");

	private static final Log logger = LogFactory.getLog(CredentialLoggers.class);

	private CredentialLoggers() {
	}

	/**
	 * Logs one WARN naming the loggers that will print the Confluence credentials, if any is at
	 * DEBUG or below: the application turned them on explicitly, over the starter's default.
	 */
	static void warnIfEnabled() {
		List<String> enabled = NAMES.stream().filter((name) -> LogFactory.getLog(name).isDebugEnabled()).toList();
		if (!enabled.isEmpty()) {
			logger.warn("Logger" + ((enabled.size() > 1) ? "s " : " ") + String.join(", ", enabled)
					+ " will print the Confluence credentials (the Authorization header) of every request: set "
					+ ((enabled.size() > 1) ? "them" : "it") + " to " + QUIET_LEVEL + " or above outside a debugging session");
		}
	}

}
