package io.github.springconfluence.page;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.springconfluence.ConfluenceConflictException;
import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;
import io.github.springconfluence.client.ConfluenceApiClient;
import io.github.springconfluence.client.ConfluenceQuery;
import io.github.springconfluence.client.ConfluenceResponse;
import io.github.springconfluence.page.PageWireFormat.Links;
import io.github.springconfluence.page.PageWireFormat.Representation;
import io.github.springconfluence.page.PageWireFormat.RestoreParams;
import io.github.springconfluence.page.PageWireFormat.V1Label;
import io.github.springconfluence.page.PageWireFormat.V1Restore;
import io.github.springconfluence.page.PageWireFormat.V2Ancestor;
import io.github.springconfluence.page.PageWireFormat.V2Ancestors;
import io.github.springconfluence.page.PageWireFormat.V2Child;
import io.github.springconfluence.page.PageWireFormat.V2Label;
import io.github.springconfluence.page.PageWireFormat.V2Page;
import io.github.springconfluence.page.PageWireFormat.V2PageCreate;
import io.github.springconfluence.page.PageWireFormat.V2PageWrite;
import io.github.springconfluence.page.PageWireFormat.V2Property;
import io.github.springconfluence.page.PageWireFormat.V2PropertyWrite;
import io.github.springconfluence.page.PageWireFormat.V2SpaceId;
import io.github.springconfluence.page.PageWireFormat.V2Version;
import io.github.springconfluence.page.PageWireFormat.VersionWrite;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link ConfluencePageService} over the {@link ConfluenceApiClient}.
 * <p>
 * Space keys are resolved to ids once and remembered: a space's id never changes.
 */
public class RestClientConfluencePageService implements ConfluencePageService {

	/**
	 * The content property in which {@link #publish(PagePublication)} keeps the SHA-256
	 * of the body it published, as {@code {"sha256":"<hex>","representation":"storage"}}.
	 */
	public static final String PUBLISHED_HASH_PROPERTY = "io.github.springconfluence.published";

	/** How many times {@link #edit} and {@link #publish} try a write that conflicts. */
	static final int WRITE_ATTEMPTS = 3;

	private static final String V2_PAGES = "/wiki/api/v2/pages";

	private static final String V1_CONTENT = "/wiki/rest/api/content";

	private static final int LIST_LIMIT = 250;

	private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,19}");

	private final ConfluenceApiClient api;

	private final Map<String, String> spaceIds = new ConcurrentHashMap<>();

	/**
	 * Creates the service.
	 * @param api the Confluence API client
	 */
	public RestClientConfluencePageService(ConfluenceApiClient api) {
		Assert.notNull(api, "api must not be null");
		this.api = api;
	}

	@Override
	public Optional<Page> findById(String id) {
		return findById(id, BodyFormat.STORAGE);
	}

	@Override
	public Optional<Page> findById(String id, BodyFormat format) {
		Assert.notNull(id, "id must not be null");
		Assert.notNull(format, "format must not be null");
		Assert.isTrue(format.isReadable(),
				() -> format + " is a write-only body format: read storage, " + "atlas_doc_format or view");
		if (!NUMERIC_ID.matcher(id.trim()).matches()) {
			return Optional.empty(); // page ids are numeric: no such page can exist
		}
		try {
			return Optional.of(read(id.trim(), format));
		}
		catch (ConfluenceNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Page> findByTitle(String spaceKey, String title) {
		Assert.hasText(spaceKey, "spaceKey must not be blank");
		Assert.hasText(title, "title must not be blank");
		String spaceId = spaceId(spaceKey);
		if (spaceId == null) {
			return Optional.empty();
		}
		return byTitle(spaceId, title, BodyFormat.STORAGE);
	}

	@Override
	public Stream<Page> pages(PageQuery query) {
		Assert.notNull(query, "query must not be null");
		// Space keys are resolved when the stream is consumed, as every other request;
		// not flatMap, which pushes a whole inner stream into an iterator's buffer.
		return StreamSupport.stream(() -> list(query).spliterator(), Spliterator.ORDERED | Spliterator.NONNULL, false);
	}

	private Stream<Page> list(PageQuery query) {
		List<String> spaces = new ArrayList<>(query.spaceIds());
		for (String key : query.spaceKeys()) {
			String id = spaceId(key);
			if (id != null) {
				spaces.add(id);
			}
		}
		if (spaces.isEmpty() && !query.spaceKeys().isEmpty()) {
			return Stream.empty(); // no such space: not every page of the site
		}
		BodyFormat format = query.bodyFormat();
		ConfluenceQuery list = ConfluenceQuery.path(V2_PAGES)
			.param("limit", query.pageSize())
			.list("id", query.ids())
			.list("space-id", spaces)
			.list("status", query.statuses())
			.param("title", query.title())
			.param("sort", query.sort())
			.param("body-format", (format != null) ? format.wireName() : null);
		return this.api.stream(list.template(), V2Page.class,
				(page, batch) -> fromV2(page, format, batch.webUrl(webui(page)), batch.response()), list.variables());
	}

	@Override
	public Page create(NewPage page) {
		Assert.notNull(page, "page must not be null");
		String spaceId = (page.spaceId() != null) ? page.spaceId().trim() : requireSpaceId(page.spaceKey());
		V2PageCreate body = new V2PageCreate(spaceId, page.draft() ? "draft" : "current", page.title(), page.parentId(),
				representation(page.body()));
		ConfluenceResponse<V2Page> response = this.api.send(HttpMethod.POST, body, V2Page.class, V2_PAGES);
		return fromWrite(response, page.body().format());
	}

	@Override
	public Page update(String id, PageUpdate update) {
		Assert.hasText(id, "id must not be blank");
		Assert.notNull(update, "update must not be null");
		V2PageWrite body = new V2PageWrite(id.trim(), "current", update.title(), update.parentId(),
				representation(update.body()), new VersionWrite(update.version() + 1, update.message()));
		ConfluenceResponse<V2Page> response = this.api.send(HttpMethod.PUT, body, V2Page.class, V2_PAGES + "/{id}",
				id.trim());
		return fromWrite(response, update.body().format());
	}

	@Override
	public Page edit(String id, UnaryOperator<PageContent> change) {
		Assert.hasText(id, "id must not be blank");
		Assert.notNull(change, "change must not be null");
		for (int attempt = 1;; attempt++) {
			Page page = read(id.trim(), BodyFormat.STORAGE);
			PageContent read = new PageContent(page.title(), (page.body() != null) ? page.body() : PageBody.storage(""),
					page.parentId());
			PageContent changed = change.apply(read);
			Assert.notNull(changed, "The change returned null: return the content to write");
			if (changed.equals(read)) {
				return page;
			}
			String parentId = Objects.equals(changed.parentId(), read.parentId()) ? null : changed.parentId();
			try {
				return update(id,
						new PageUpdate(changed.title(), changed.body(), page.version().number(), parentId, null));
			}
			catch (ConfluenceConflictException ex) {
				if (attempt == WRITE_ATTEMPTS) {
					throw new ConfluenceConflictException(
							"Page " + id.trim() + " was changed by someone else " + WRITE_ATTEMPTS
									+ " times while it was being edited; nothing was written. " + ex.getMessage(),
							ex.statusCode(), ex.traceId(), ex.currentVersion(), ex);
				}
			}
		}
	}

	@Override
	public PublishResult publish(PagePublication publication) {
		Assert.notNull(publication, "publication must not be null");
		String spaceId = (publication.spaceId() != null) ? publication.spaceId().trim()
				: requireSpaceId(publication.spaceKey());
		PageBody body = publication.body();
		BodyFormat readFormat = body.format().isListable() ? body.format() : BodyFormat.STORAGE;
		String hash = sha256(body);
		Optional<Page> existing = byTitle(spaceId, publication.title(), readFormat);
		if (existing.isEmpty()) {
			Page created = create(new NewPage(null, spaceId, publication.title(), publication.parentId(), body, false));
			writeHash(created.id(), null, hash, body.format());
			return new PublishResult(created, PublishResult.Outcome.CREATED);
		}
		Page page = existing.get();
		V2Property property = publishedHash(page.id());
		boolean underParent = publication.parentId() == null || publication.parentId().trim().equals(page.parentId());
		if (underParent && hash.equals(hashOf(property))
				&& body.format().wireName().equals(representationOf(property))) {
			return new PublishResult(page, PublishResult.Outcome.UNCHANGED);
		}
		String parentId = underParent ? null : publication.parentId().trim();
		Page updated = null;
		for (int attempt = 1; updated == null; attempt++) {
			try {
				updated = update(page.id(), new PageUpdate(publication.title(), body, page.version().number(), parentId,
						publication.message()));
			}
			catch (ConfluenceConflictException ex) {
				if (attempt == WRITE_ATTEMPTS) {
					throw ex;
				}
				// The build's page replaces whatever was saved meanwhile: read the
				// version again.
				page = read(page.id(), readFormat);
			}
		}
		writeHash(updated.id(), property, hash, body.format());
		return new PublishResult(updated, PublishResult.Outcome.UPDATED);
	}

	@Override
	public void delete(String id) {
		Assert.hasText(id, "id must not be blank");
		this.api.delete(V2_PAGES + "/{id}", id.trim());
	}

	@Override
	public void purge(String id) {
		Assert.hasText(id, "id must not be blank");
		try {
			this.api.delete(V2_PAGES + "/{id}", id.trim());
		}
		catch (ConfluenceNotFoundException ex) {
			// Already in the trash, or missing: the purge below tells which.
		}
		this.api.delete(V2_PAGES + "/{id}?purge=true", id.trim());
	}

	@Override
	public Stream<PageChild> children(String id) {
		Assert.hasText(id, "id must not be blank");
		return this.api.stream(V2_PAGES + "/{id}/direct-children?limit={limit}", V2Child.class,
				(child, list) -> fromV2(child, list.response()), id.trim(), LIST_LIMIT);
	}

	@Override
	public Stream<PageChild> descendants(String id, int depth) {
		Assert.hasText(id, "id must not be blank");
		Assert.isTrue(depth >= 1 && depth <= 10, () -> "depth must be between 1 and 10, not " + depth);
		return this.api.stream(V2_PAGES + "/{id}/descendants?depth={depth}&limit={limit}", V2Child.class,
				(child, list) -> fromV2(child, list.response()), id.trim(), depth, LIST_LIMIT);
	}

	@Override
	public List<PageRef> ancestors(String id) {
		Assert.hasText(id, "id must not be blank");
		// No cursor: a full answer may have more above it, asked of its top ancestor.
		List<PageRef> ancestors = new ArrayList<>();
		String from = id.trim();
		for (int calls = 0; calls < 100; calls++) {
			ConfluenceResponse<V2Ancestors> response = this.api.get(V2_PAGES + "/{id}/ancestors?limit={limit}",
					V2Ancestors.class, from, LIST_LIMIT);
			List<PageRef> batch = new ArrayList<>();
			for (V2Ancestor ancestor : Objects.requireNonNullElse(response.body().results(),
					List.<@Nullable V2Ancestor>of())) {
				if (ancestor != null && ancestor.id() != null) {
					batch.add(new PageRef(ancestor.id(), Objects.requireNonNullElse(ancestor.type(), "page")));
				}
			}
			ancestors.addAll(0, batch);
			if (batch.size() < LIST_LIMIT) {
				return List.copyOf(ancestors);
			}
			from = batch.get(0).id();
		}
		return List.copyOf(ancestors);
	}

	@Override
	public void move(String id, MovePosition position, String targetId) {
		Assert.hasText(id, "id must not be blank");
		Assert.notNull(position, "position must not be null");
		Assert.hasText(targetId, "targetId must not be blank");
		this.api.send(HttpMethod.PUT, null, Void.class, V1_CONTENT + "/{id}/move/{position}/{targetId}", id.trim(),
				position.wireName(), targetId.trim());
	}

	@Override
	public Stream<PageVersion> versions(String id) {
		Assert.hasText(id, "id must not be blank");
		return this.api.stream(V2_PAGES + "/{id}/versions?limit={limit}", V2Version.class,
				(version, list) -> fromV2(version), id.trim(), LIST_LIMIT);
	}

	@Override
	public Page restore(String id, int version, String message) {
		Assert.hasText(id, "id must not be blank");
		Assert.isTrue(version >= 1, "version must be 1 or more");
		Assert.notNull(message, "message must not be null");
		this.api.send(HttpMethod.POST, new V1Restore("restore", new RestoreParams(version, message, true)), Void.class,
				V1_CONTENT + "/{id}/version", id.trim());
		return read(id.trim(), BodyFormat.STORAGE);
	}

	@Override
	public List<Label> labels(String id) {
		Assert.hasText(id, "id must not be blank");
		return this.api.stream(V2_PAGES + "/{id}/labels?limit={limit}", V2Label.class,
				(label, list) -> (label.id() != null && label.name() != null)
						? new Label(label.id(), label.name(), Objects.requireNonNullElse(label.prefix(), "global"))
						: null,
				id.trim(), LIST_LIMIT)
			.toList();
	}

	@Override
	public void addLabels(String id, String... names) {
		Assert.hasText(id, "id must not be blank");
		Assert.notEmpty(names, "At least one label name is needed");
		List<V1Label> labels = Arrays.stream(names).map((name) -> {
			Assert.hasText(name, "A label name must not be blank");
			return new V1Label("global", name.trim());
		}).toList();
		this.api.send(HttpMethod.POST, labels, Void.class, V1_CONTENT + "/{id}/label", id.trim());
	}

	@Override
	public void removeLabel(String id, String name) {
		Assert.hasText(id, "id must not be blank");
		Assert.hasText(name, "name must not be blank");
		this.api.delete(V1_CONTENT + "/{id}/label?name={name}", id.trim(), name.trim());
	}

	private Page read(String id, BodyFormat format) {
		ConfluenceResponse<V2Page> response = this.api.get(V2_PAGES + "/{id}?body-format={format}", V2Page.class, id,
				format.wireName());
		V2Page page = response.body();
		return fromV2(page, format, webUrl(page.links()), response);
	}

	private Optional<Page> byTitle(String spaceId, String title, BodyFormat format) {
		// Confluence matches the title exactly; checked again here all the same.
		return this.api
			.stream(V2_PAGES + "?space-id={space}&title={title}&status=current&body-format={format}&limit={limit}",
					V2Page.class, (page, list) -> fromV2(page, format, list.webUrl(webui(page)), list.response()),
					spaceId, title, format.wireName(), 25)
			.filter((page) -> page.title().equals(title))
			.findFirst();
	}

	/** The id of the space with this key, or {@code null} when there is none. */
	private @Nullable String spaceId(String key) {
		String trimmed = key.trim();
		Assert.isTrue(!trimmed.contains(","), "A space key cannot contain ','");
		String known = this.spaceIds.get(trimmed);
		if (known != null) {
			return known;
		}
		Optional<String> id = this.api
			.stream("/wiki/api/v2/spaces?keys={key}&limit=1", V2SpaceId.class,
					(space, list) -> (space.id() != null && trimmed.equalsIgnoreCase(space.key())) ? space.id() : null,
					trimmed)
			.findFirst();
		id.ifPresent((value) -> this.spaceIds.putIfAbsent(trimmed, value));
		return id.orElse(null);
	}

	private String requireSpaceId(@Nullable String key) {
		Assert.hasText(key, "A space key or a space id is needed");
		String id = spaceId(key);
		if (id == null) {
			throw new IllegalArgumentException("No space with key '" + key.trim() + "' exists, or the account behind "
					+ "confluence.email may not see it");
		}
		return id;
	}

	private @Nullable V2Property publishedHash(String pageId) {
		return this.api
			.stream(V2_PAGES + "/{id}/properties?key={key}&limit=1", V2Property.class,
					(property, list) -> PUBLISHED_HASH_PROPERTY.equals(property.key()) ? property : null, pageId,
					PUBLISHED_HASH_PROPERTY)
			.findFirst()
			.orElse(null);
	}

	private void writeHash(String pageId, @Nullable V2Property existing, String hash, BodyFormat format) {
		Map<String, String> value = Map.of("sha256", hash, "representation", format.wireName());
		if (existing == null || existing.id() == null) {
			this.api.send(HttpMethod.POST, new V2PropertyWrite(PUBLISHED_HASH_PROPERTY, value, null), Void.class,
					V2_PAGES + "/{id}/properties", pageId);
			return;
		}
		int number = (existing.version() != null && existing.version().number() != null) ? existing.version().number()
				: 1;
		this.api.send(HttpMethod.PUT,
				new V2PropertyWrite(PUBLISHED_HASH_PROPERTY, value, new VersionWrite(number + 1, null)), Void.class,
				V2_PAGES + "/{id}/properties/{propertyId}", pageId, existing.id());
	}

	private static @Nullable String hashOf(@Nullable V2Property property) {
		return (property != null && property.value() instanceof Map<?, ?> value
				&& value.get("sha256") instanceof String hash) ? hash : null;
	}

	private static @Nullable String representationOf(@Nullable V2Property property) {
		return (property != null && property.value() instanceof Map<?, ?> value
				&& value.get("representation") instanceof String representation) ? representation : null;
	}

	static String sha256(PageBody body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.value().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private Page fromWrite(ConfluenceResponse<V2Page> response, BodyFormat written) {
		V2Page page = response.body();
		// Confluence converts wiki markup to storage format when it saves.
		BodyFormat format = (written == BodyFormat.WIKI) ? BodyFormat.STORAGE : written;
		return fromV2(page, format, webUrl(page.links()), response);
	}

	private static Page fromV2(V2Page page, @Nullable BodyFormat format, @Nullable URI webUrl,
			ConfluenceResponse<?> response) {
		if (page.id() == null || page.title() == null) {
			throw response.malformed("a page without an id or title");
		}
		V2Version version = page.version();
		if (version == null || version.number() == null) {
			throw response.malformed("page " + page.id() + " without a version number");
		}
		return new Page(page.id(), Objects.requireNonNullElse(page.status(), "unknown"), page.title(), page.spaceId(),
				page.parentId(), page.parentType(), page.authorId(), page.ownerId(), page.createdAt(), fromV2(version),
				body(page, format), webUrl);
	}

	/**
	 * The body in the format asked for; after a write, in the format written, or
	 * whichever Confluence sent.
	 */
	private static @Nullable PageBody body(V2Page page, @Nullable BodyFormat format) {
		Map<String, @Nullable Representation> bodies = page.body();
		if (bodies == null || format == null) {
			return null;
		}
		Representation representation = bodies.get(format.wireName());
		if (representation == null || representation.value() == null) {
			return null;
		}
		return new PageBody(format, representation.value());
	}

	private static PageVersion fromV2(V2Version version) {
		return new PageVersion(Objects.requireNonNullElse(version.number(), 0), version.message(),
				Boolean.TRUE.equals(version.minorEdit()), version.authorId(), version.createdAt());
	}

	private static @Nullable PageChild fromV2(V2Child child, ConfluenceResponse<?> response) {
		if (child.id() == null) {
			throw response.malformed("a child without an id");
		}
		return new PageChild(child.id(), Objects.requireNonNullElse(child.type(), "page"), child.title(),
				child.status(), child.spaceId(), child.childPosition(), child.depth(), child.parentId());
	}

	private @Nullable URI webUrl(@Nullable Links links) {
		return (links != null) ? this.api.webUrl(links.base(), links.webui()) : null;
	}

	private static @Nullable String webui(V2Page page) {
		return (page.links() != null) ? page.links().webui() : null;
	}

	private static Representation representation(PageBody body) {
		return new Representation(body.format().wireName(), body.value());
	}

}
