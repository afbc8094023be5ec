package io.github.springconfluence.client;

import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;

import org.springframework.http.client.observation.ClientHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Spring's client observation convention with a {@code uri} tag that is the path template
 * only, such as {@code /wiki/api/v2/spaces/{id}}: Spring's default keeps the query part
 * of the template ({@code ?keys={key}&limit=1...}), which makes one series per
 * combination of parameters. Values (keys, ids, cursors) never reach a tag: the starter
 * always calls with templates, pagination included.
 */
final class ConfluenceClientRequestObservationConvention extends DefaultClientRequestObservationConvention {

	private static final Pattern SCHEME_AND_AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

	private final String rootPath;

	/**
	 * Creates a convention.
	 * @param name the observation name, by default {@code http.client.requests}
	 * @param baseUrl the site, whose path prefix (the gateway's
	 * {@code /ex/confluence/{cloudId}}) is left out of the tag: Spring records templates
	 * with the client's base URL, and a cloud id is no path template
	 */
	public ConfluenceClientRequestObservationConvention(String name, ConfluenceBaseUrl baseUrl) {
		super(name);
		this.rootPath = baseUrl.root().getRawPath();
	}

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		String template = context.getUriTemplate();
		if (template == null) {
			return super.uri(context);
		}
		String path = SCHEME_AND_AUTHORITY.matcher(template).replaceFirst("");
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		if (!this.rootPath.isEmpty() && path.startsWith(this.rootPath + "/")) {
			path = path.substring(this.rootPath.length());
		}
		return KeyValue.of(LowCardinalityKeyNames.URI, path.startsWith("/") ? path : "/" + path);
	}

}
