package io.github.springconfluence.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The {@code User-Agent} that the starter sends:
 * {@code confluence-spring-boot/<version>}, so that Atlassian (and a site's
 * administrators) can tell its traffic apart.
 */
final class ConfluenceUserAgent {

	private static final String VALUE = "confluence-spring-boot/" + version();

	private ConfluenceUserAgent() {
	}

	/**
	 * Returns the header value.
	 * @return for example {@code confluence-spring-boot/0.1.0}
	 */
	public static String value() {
		return VALUE;
	}

	private static String version() {
		try (InputStream in = ConfluenceUserAgent.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.isBlank() && !version.startsWith("${")) {
					return version.trim();
				}
			}
		}
		catch (IOException ex) {
			// fall through to the unknown version
		}
		return "unknown";
	}

}
