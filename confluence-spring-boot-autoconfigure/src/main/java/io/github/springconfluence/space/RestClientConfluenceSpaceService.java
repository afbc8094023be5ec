package io.github.springconfluence.space;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.ConfluenceResponseFormatException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceExceptionFactory;
import io.github.springconfluence.client.ConfluenceResponse;
import io.github.springconfluence.client.LinkedPages;
import io.github.springconfluence.client.Page;
import io.github.springconfluence.client.PageLinks;
import io.github.springconfluence.space.SpaceWireFormat.Description;
import io.github.springconfluence.space.SpaceWireFormat.Links;
import io.github.springconfluence.space.SpaceWireFormat.V1LongTask;
import io.github.springconfluence.space.SpaceWireFormat.V1Space;
import io.github.springconfluence.space.SpaceWireFormat.V1SpaceWrite;
import io.github.springconfluence.space.SpaceWireFormat.V2Space;
import io.github.springconfluence.space.SpaceWireFormat.V2SpacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The {@link ConfluenceSpaceService} over a {@link ConfluenceApiClient}: v2 for reads, v1 for
 * writes.
 */
public class RestClientConfluenceSpaceService implements ConfluenceSpaceService {

	private static final String V2_SPACES = "/wiki/api/v2/spaces";

	/** Compiled once: {@code String.matches} would compile it on every call. */
	private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,19}");

	/** v1 returns the description and home page only when asked to expand them. */
	private static final String V1_EXPAND = "?expand=description.plain,homepage";

	private final ConfluenceApiClient api;

	/**
	 * Creates the service.
	 * @param api the Confluence API client
	 */
	public RestClientConfluenceSpaceService(ConfluenceApiClient api) {
		this.api = api;
	}

	@Override
	public Stream<Space> spaces() {
		return spaces(SpaceQuery.builder().build());
	}

	@Override
	public Stream<Space> spaces(SpaceQuery query) {
		Assert.notNull(query, "query must not be null");
		List<Object> variables = new ArrayList<>();
		String template = listTemplate(query, variables);
		Object[] values = variables.toArray();
		return LinkedPages.stream(() -> toPage(this.api.get(template, V2SpacePage.class, values)),
				(next) -> toPage(this.api.get(next, V2SpacePage.class)));
	}

	/**
	 * Builds the first page's URI template. Each list value is its own variable, joined by
	 * literal commas: Confluence takes lists comma-separated, and a strictly encoded value
	 * cannot smuggle in another value or parameter.
	 */
	private static String listTemplate(SpaceQuery query, List<Object> variables) {
		StringBuilder template = new StringBuilder(V2_SPACES).append("?limit={limit}&description-format=plain");
		variables.add(query.pageSize());
		appendList(template, variables, "keys", query.keys());
		appendList(template, variables, "ids", query.ids());
		appendList(template, variables, "labels", query.labels());
		appendValue(template, variables, "type", query.type());
		appendValue(template, variables, "status", query.status());
		appendValue(template, variables, "sort", query.sort());
		return template.toString();
	}

	private static void appendList(StringBuilder template, List<Object> variables, String name, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		template.append('&').append(name).append('=');
		for (int i = 0; i < values.size(); i++) {
			template.append((i > 0) ? "," : "").append('{').append(name).append(i).append('}');
			variables.add(values.get(i));
		}
	}

	private static void appendValue(StringBuilder template, List<Object> variables, String name,
			@Nullable String value) {
		if (value != null) {
			template.append('&').append(name).append("={").append(name).append('}');
			variables.add(value);
		}
	}

	private Page<Space> toPage(ConfluenceResponse<V2SpacePage> response) {
		V2SpacePage page = response.body();
		Links links = page.links();
		String base = (links != null) ? links.base() : null;
		List<Space> spaces = new ArrayList<>();
		if (page.results() != null) {
			for (V2Space space : page.results()) {
				if (space != null) {
					spaces.add(fromV2(space, base, response));
				}
			}
		}
		String next = PageLinks.next((links != null) ? links.next() : null, response.headers());
		return new Page<>(spaces, (next != null) ? this.api.baseUrl().resolve(next, response.traceId()) : null);
	}

	@Override
	public Optional<Space> findByKey(String key) {
		Assert.hasText(key, "key must not be blank");
		Assert.isTrue(!key.contains(","), "A space key cannot contain ','");
		ConfluenceResponse<V2SpacePage> response = this.api
			.get(V2_SPACES + "?keys={key}&limit=1&description-format=plain", V2SpacePage.class, key.trim());
		return toPage(response).items().stream().filter((space) -> space.key().equalsIgnoreCase(key.trim())).findFirst();
	}

	@Override
	public Optional<Space> findById(String id) {
		Assert.notNull(id, "id must not be null");
		if (!NUMERIC_ID.matcher(id.trim()).matches()) {
			return Optional.empty(); // Confluence's ids are numeric: no such space can exist
		}
		try {
			ConfluenceResponse<V2Space> response = this.api.get(V2_SPACES + "/{id}?description-format=plain",
					V2Space.class, id.trim());
			V2Space space = response.body();
			return Optional.of(fromV2(space, (space.links() != null) ? space.links().base() : null, response));
		}
		catch (ConfluenceNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Space create(NewSpace space) {
		Assert.notNull(space, "space must not be null");
		V1SpaceWrite body = new V1SpaceWrite(space.key().trim(), space.name(), Description.plain(space.description()));
		ConfluenceResponse<V1Space> response = this.api.send(HttpMethod.POST, body, V1Space.class,
				"/wiki/rest/api/space" + V1_EXPAND);
		return fromV1(response);
	}

	@Override
	public Space update(String key, SpaceUpdate update) {
		Assert.hasText(key, "key must not be blank");
		Assert.notNull(update, "update must not be null");
		Assert.isTrue(update.name() != null || update.description() != null,
				"An update needs a new name or a new description");
		V1SpaceWrite body = new V1SpaceWrite(null, update.name(), Description.plain(update.description()));
		ConfluenceResponse<V1Space> response = this.api.send(HttpMethod.PUT, body, V1Space.class,
				"/wiki/rest/api/space/{key}" + V1_EXPAND, key.trim());
		return fromV1(response);
	}

	@Override
	public LongTask delete(String key) {
		Assert.hasText(key, "key must not be blank");
		ConfluenceResponse<V1LongTask> response = this.api.send(HttpMethod.DELETE, null, V1LongTask.class,
				"/wiki/rest/api/space/{key}", key.trim());
		V1LongTask task = response.body();
		if (task.id() == null) {
			throw malformed(response, "a long-running task without an id");
		}
		return new LongTask(task.id(), (task.links() != null) ? task.links().status() : null);
	}

	private Space fromV2(V2Space space, @Nullable String base, ConfluenceResponse<?> response) {
		if (space.id() == null || space.key() == null) {
			throw malformed(response, "a space without an id or key");
		}
		Links links = space.links();
		return new Space(space.id(), space.key(), Objects.requireNonNullElse(space.name(), space.key()),
				Objects.requireNonNullElse(space.type(), "unknown"), Objects.requireNonNullElse(space.status(), "unknown"),
				(space.description() != null) ? space.description().plainValue() : null, space.homepageId(),
				space.authorId(), instant(space.createdAt()),
				webUrl(base, (links != null) ? links.webui() : null));
	}

	private Space fromV1(ConfluenceResponse<V1Space> response) {
		V1Space space = response.body();
		if (space.id() == null || space.key() == null) {
			throw malformed(response, "a space without an id or key");
		}
		Links links = space.links();
		return new Space(space.id(), space.key(), Objects.requireNonNullElse(space.name(), space.key()),
				Objects.requireNonNullElse(space.type(), "unknown"), Objects.requireNonNullElse(space.status(), "unknown"),
				(space.description() != null) ? space.description().plainValue() : null,
				(space.homepage() != null) ? space.homepage().id() : null, null, null,
				webUrl((links != null) ? links.base() : null, (links != null) ? links.webui() : null));
	}

	/** {@code _links.webui} is relative to {@code _links.base}, which is the site's {@code /wiki}. */
	private @Nullable URI webUrl(@Nullable String base, @Nullable String webui) {
		if (webui == null || webui.isBlank()) {
			return null;
		}
		if ((base == null || base.isBlank()) && !this.api.baseUrl().root().getRawPath().isEmpty()) {
			return null; // behind the api.atlassian.com gateway the site's own URL is unknown
		}
		String root = (base != null && !base.isBlank()) ? base : this.api.baseUrl().wikiBase().toString();
		try {
			if (webui.startsWith("http://") || webui.startsWith("https://")) {
				return URI.create(webui);
			}
			return URI.create(stripTrailingSlash(root) + (webui.startsWith("/") ? "" : "/") + webui);
		}
		catch (IllegalArgumentException ex) {
			return null; // a malformed link must not fail the read: the URL is a convenience
		}
	}

	private static String stripTrailingSlash(String value) {
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			// Confluence writes UTC instants ("...Z"): Instant.parse is the cheap common case.
			return (value.endsWith("Z") || value.endsWith("z")) ? Instant.parse(value)
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null; // tolerated: a creation date is informational
		}
	}

	private static ConfluenceResponseFormatException malformed(ConfluenceResponse<?> response, String what) {
		return new ConfluenceResponseFormatException("Confluence answered " + response.status() + " with " + what
				+ ConfluenceExceptionFactory.traceSuffix(response.traceId()), response.status(), response.traceId(), null);
	}

}
