package io.github.springconfluence.autoconfigure;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The HTTP libraries' loggers that print request headers, the Confluence
 * {@code Authorization} header included, once they are at DEBUG (or TRACE).
 * <p>
 * Found by running reads, writes, retries and errors on each library with the root logger
 * at DEBUG, and at TRACE, and searching the output for the credentials. The JDK
 * {@code HttpClient} and Reactor Netty printed none: the JDK client logs headers only
 * when the system property {@code jdk.httpclient.HttpClient.log} asks for them, and
 * Reactor Netty only with its wiretap, which is off.
 */
final class CredentialLoggers {

	/** The level the starter gives these loggers by default: it prints no header. */
	static final String QUIET_LEVEL = "INFO";

	/** Every logger that prints request headers at DEBUG. */
	static final List<String> NAMES = List.of(
			// Apache HttpClient 5: every request header ("http-outgoing-0 >>
			// Authorization: ..."),
			// and the same bytes as they go on the wire.
			"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire",
			// Jetty 12: the request headers as the request is sent ("Request headers
			// ...") and as
			// they are encoded ("generateHeaders ...").
			"org.eclipse.jetty.client.transport.HttpSender", "org.eclipse.jetty.http.HttpGenerator");

	private static final Log logger = LogFactory.getLog(CredentialLoggers.class);

	private CredentialLoggers() {
	}

	/**
	 * Logs one WARN naming the loggers that will print the Confluence credentials, if any
	 * is at DEBUG or below: the application turned them on explicitly, over the starter's
	 * default.
	 */
	static void warnIfEnabled() {
		List<String> enabled = NAMES.stream().filter((name) -> LogFactory.getLog(name).isDebugEnabled()).toList();
		if (!enabled.isEmpty()) {
			logger.warn("Logger" + ((enabled.size() > 1) ? "s " : " ") + String.join(", ", enabled)
					+ " will print the Confluence credentials (the Authorization header) of every request: set "
					+ ((enabled.size() > 1) ? "them" : "it") + " to " + QUIET_LEVEL
					+ " or above outside a debugging session");
		}
	}

}
