package io.github.springconfluence.space;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceQuery;
import io.github.springconfluence.client.ConfluenceResponse;
import io.github.springconfluence.space.SpaceWireFormat.Description;
import io.github.springconfluence.space.SpaceWireFormat.Links;
import io.github.springconfluence.space.SpaceWireFormat.V1LongTask;
import io.github.springconfluence.space.SpaceWireFormat.V1Space;
import io.github.springconfluence.space.SpaceWireFormat.V1SpaceWrite;
import io.github.springconfluence.space.SpaceWireFormat.V2Space;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The {@link ConfluenceSpaceService} over a {@link ConfluenceApiClient}: v2 for reads, v1
 * for writes (v2 has no space update or delete).
 */
public class RestClientConfluenceSpaceService implements ConfluenceSpaceService {

	private static final String V2_SPACES = "/wiki/api/v2/spaces";

	/** Compiled once: {@code String.matches} would compile it on every call. */
	private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,19}");

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
		ConfluenceQuery list = ConfluenceQuery.path(V2_SPACES)
			.param("limit", query.pageSize())
			.param("description-format", "plain")
			.list("keys", query.keys())
			.list("ids", query.ids())
			.list("labels", query.labels())
			.param("type", query.type())
			.param("status", query.status())
			.param("sort", query.sort());
		return this.api.stream(list.template(), V2Space.class,
				(space, page) -> fromV2(space, page.lazyWebUrl(webui(space)), page.response()), list.variables());
	}

	@Override
	public Optional<Space> findByKey(String key) {
		Assert.hasText(key, "key must not be blank");
		Assert.isTrue(!key.contains(","), "A space key cannot contain ','");
		String trimmed = key.trim();
		return this.api
			.stream(V2_SPACES + "?keys={key}&limit=1&description-format=plain", V2Space.class,
					(space, list) -> fromV2(space, list.lazyWebUrl(webui(space)), list.response()), trimmed)
			.limit(1)
			.filter((space) -> space.key().equalsIgnoreCase(trimmed))
			.findFirst();
	}

	@Override
	public Optional<Space> findById(String id) {
		Assert.notNull(id, "id must not be null");
		if (!NUMERIC_ID.matcher(id.trim()).matches()) {
			return Optional.empty(); // Confluence's ids are numeric: no such space can
										// exist
		}
		try {
			ConfluenceResponse<V2Space> response = this.api.get(V2_SPACES + "/{id}?description-format=plain",
					V2Space.class, id.trim());
			V2Space space = response.body();
			URI webUrl = webUrl(space.links());
			return Optional.of(fromV2(space, () -> webUrl, response));
		}
		catch (ConfluenceNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Two requests: the v1 write, then a v2 read of the space, because the 2026 v1
	 * description defines no {@code expand} for writes and the v1 response therefore
	 * lacks the description and home page (and never has {@code authorId} or
	 * {@code createdAt}).
	 */
	@Override
	public Space create(NewSpace space) {
		Assert.notNull(space, "space must not be null");
		V1SpaceWrite body = new V1SpaceWrite(space.key().trim(), space.name(), Description.plain(space.description()));
		return readBack(this.api.send(HttpMethod.POST, body, V1Space.class, "/wiki/rest/api/space"));
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Two requests: the v1 write, then a v2 read of the space (see
	 * {@link #create(NewSpace)}).
	 */
	@Override
	public Space update(String key, SpaceUpdate update) {
		Assert.hasText(key, "key must not be blank");
		Assert.notNull(update, "update must not be null");
		Assert.isTrue(update.name() != null || update.description() != null,
				"An update needs a new name or a new description");
		V1SpaceWrite body = new V1SpaceWrite(null, update.name(), Description.plain(update.description()));
		return readBack(this.api.send(HttpMethod.PUT, body, V1Space.class, "/wiki/rest/api/space/{key}", key.trim()));
	}

	@Override
	public LongTask delete(String key) {
		Assert.hasText(key, "key must not be blank");
		ConfluenceResponse<V1LongTask> response = this.api.send(HttpMethod.DELETE, null, V1LongTask.class,
				"/wiki/rest/api/space/{key}", key.trim());
		V1LongTask task = response.body();
		if (task.id() == null) {
			throw response.malformed("a long-running task without an id");
		}
		return new LongTask(task.id(), (task.links() != null) ? task.links().status() : null);
	}

	private static Space fromV2(V2Space space, Supplier<@Nullable URI> webUrl, ConfluenceResponse<?> response) {
		if (space.id() == null || space.key() == null) {
			throw response.malformed("a space without an id or key");
		}
		return Space.withLazyWebUrl(space.id(), space.key(), Objects.requireNonNullElse(space.name(), space.key()),
				Objects.requireNonNullElse(space.type(), "unknown"),
				Objects.requireNonNullElse(space.status(), "unknown"),
				(space.description() != null) ? space.description().plainValue() : null, space.homepageId(),
				space.authorId(), space.createdAt(), webUrl);
	}

	/**
	 * The written space as v2 reads it; the v1 response's own fields if the read finds
	 * nothing (which only a concurrent delete explains).
	 */
	private Space readBack(ConfluenceResponse<V1Space> response) {
		V1Space space = response.body();
		if (space.id() == null || space.key() == null) {
			throw response.malformed("a space without an id or key");
		}
		return findByKey(space.key())
			.orElseGet(() -> new Space(space.id(), space.key(), Objects.requireNonNullElse(space.name(), space.key()),
					Objects.requireNonNullElse(space.type(), "unknown"),
					Objects.requireNonNullElse(space.status(), "unknown"),
					(space.description() != null) ? space.description().plainValue() : null,
					(space.homepage() != null) ? space.homepage().id() : null, null, null, webUrl(space.links())));
	}

	private @Nullable URI webUrl(@Nullable Links links) {
		return (links != null) ? this.api.webUrl(links.base(), links.webui()) : null;
	}

	private static @Nullable String webui(V2Space space) {
		return (space.links() != null) ? space.links().webui() : null;
	}

}
