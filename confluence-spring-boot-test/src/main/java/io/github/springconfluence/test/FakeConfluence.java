package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A fake Confluence Cloud REST API served over HTTP on 127.0.0.1, for tests and demos.
 *
 * <p>
 * It imitates what a client of Confluence Cloud must cope with: Basic authentication with
 * an email and an API token (and the proxy's plain-text 401), anonymous access, v2 cursor
 * paging whose {@code next} links are site-relative and drop a gateway path prefix, the
 * legacy v1 space list (and its 410 Gone through the gateway), v1 space writes with their
 * XSRF check, the v1 and v2 error envelopes and an {@code ATL-TraceId} on every response.
 * Every request is validated against Atlassian's OpenAPI descriptions (see
 * {@link Builder#validateRequests(boolean)}). Pages own attachments, which are uploaded
 * as streamed multipart bodies and downloaded through a 302 to a second server on another
 * port ({@link #mediaBaseUrl()}), as Confluence Cloud hands downloads to its media
 * service. {@link Fault Faults} script errors, delays, cut bodies and dropped
 * connections; journals record every request.
 *
 * <p>
 * Pages are served through the v2 API (get, list, create, update with its version check
 * and 409, delete, direct children, descendants, ancestors, versions, labels, content
 * properties) and the v1 writes that have no v2 equivalent (label add and remove, move,
 * version restore). Every space has a real home page (its {@code homepageId}, titled
 * "<i>space name</i> Home", at the top of the space), below which {@code POST /pages}
 * puts new pages by default. The fake stores bodies as written and <b>converts
 * nothing</b>:
 * <ul>
 * <li>{@code body-format} equal to the stored representation ({@code storage} or
 * {@code atlas_doc_format}) returns the body as written;</li>
 * <li>{@code view}, {@code export_view}, {@code anonymous_export_view} and
 * {@code styled_view} of a storage page return the storage value unchanged (no HTML
 * rendering, macros stay as they are) under the requested key;</li>
 * <li>any other combination (storage asked of an {@code atlas_doc_format} page, ADF of a
 * storage page, {@code editor}) answers {@code "body":{}}, as when no {@code body-format}
 * is given;</li>
 * <li>a body written as {@code wiki} is stored and returned as {@code storage} with the
 * wiki markup unchanged;</li>
 * <li>label names are lower-cased, as Confluence stores them; every label is
 * {@code global}.</li>
 * </ul>
 *
 * <p>
 * {@code GET /wiki/rest/api/search} evaluates CQL over the current pages, their
 * attachments and, when the query names {@code type = "space"}, the spaces, and pages by
 * cursor only ({@code start} is ignored; {@code limit} defaults to 25 and is clamped to
 * 250; {@code _links.next} is relative to {@code /wiki}). It reads the fields
 * {@code type}, {@code space}, {@code title}, {@code text}, {@code label}, {@code id},
 * {@code parent}, {@code ancestor}, {@code container} (an attachment's page),
 * {@code created} and {@code lastmodified} (dates {@code "yyyy-MM-dd HH:mm"} or
 * {@code "yyyy-MM-dd"}, in UTC; see {@link #setPageDates}), the operators
 * {@code = != ~ !~ in}, {@code not in}, {@code > >= < <=}, {@code AND OR NOT} with
 * parentheses, and {@code ORDER BY title|lastmodified|created|id|type|space [ASC|DESC]};
 * without {@code ORDER BY}, results come by content id. Text search is simplified:
 * {@code ~} looks for the whole value, Lucene escapes removed, as one phrase, ignoring
 * case and collapsing whitespace ({@code text} covers the title, the body's words without
 * tags, and the labels); no stemming, wildcards or Lucene operators. Matches are marked
 * with {@code @@@hl@@@...@@@endhl@@@} in titles and excerpts. Anything else (another
 * field or function, bad syntax, a first clause that is negative, which Confluence
 * refuses too) answers 400 {@code Could not parse cql : <the cql>} in the v1 envelope.
 *
 * <pre>{@code
 * try (FakeConfluence confluence = FakeConfluence.builder().spaces(3).start()) {
 *     String baseUrl = confluence.baseUrl(); // the value for confluence.base-url
 *     ...
 * }
 * }</pre>
 *
 * <p>
 * All methods are thread-safe. The server uses a pool of at least 16 threads that grows
 * as needed.
 */
public final class FakeConfluence implements AutoCloseable {

	/** The email accepted by default. */
	public static final String DEFAULT_EMAIL = "fake.user@example.com";

	/** The API token accepted by default. */
	public static final String DEFAULT_API_TOKEN = "fake-api-token";

	/** The account id of the default user. */
	public static final String DEFAULT_ACCOUNT_ID = "557058:fake-account-id";

	/** The account id of the someone else whose edits {@link #editPage} makes. */
	public static final String OTHER_EDITOR_ACCOUNT_ID = SiteModel.OTHER_EDITOR_ID;

	/** The display name of the default user. */
	public static final String DEFAULT_DISPLAY_NAME = "Fake User";

	private static final int MIN_THREADS = 16;

	// Bounded only as a safety net; delay faults each hold a thread, so the pool must be
	// able to grow.
	private static final int MAX_THREADS = 1024;

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	static {
		// The JDK server writes a response's headers and body separately; with Nagle's
		// algorithm
		// on, a keep-alive client then waits for a delayed ACK, about 40 ms per request
		// on
		// loopback. TCP_NODELAY, as real servers set it. The JDK reads this property
		// once, when
		// its server is first used, so it is set here, unless the application chose
		// otherwise.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final String email;

	private final String apiToken;

	private final String accountId;

	private final String displayName;

	private final String pathPrefix;

	private final int requestedPort;

	private final boolean initialAnonymousAccess;

	private volatile boolean anonymousAccess;

	private volatile boolean v1SpaceListGone;

	private final boolean initialValidateRequests;

	private volatile boolean validateRequests;

	private volatile boolean setCookieOnResponses;

	private final ContentIds contentIds = new ContentIds();

	private final SpaceStore store = new SpaceStore(contentIds);

	private final SiteModel site = new SiteModel(store, contentIds);

	private final UserDirectory users = new UserDirectory();

	private final MediaServer media = new MediaServer(site);

	private volatile @Nullable Path uploadDirectory;

	private final FaultRegistry faults = new FaultRegistry();

	private final RequestJournal journal = new RequestJournal();

	private final FakeConfluenceHandler handler;

	private final Object lifecycleLock = new Object();

	private @Nullable HttpServer server;

	private @Nullable ThreadPoolExecutor executor;

	private volatile int boundPort = -1;

	/**
	 * Creates a fake with every default (credentials, no prefix, random port, no spaces),
	 * not started.
	 */
	public FakeConfluence() {
		this(new Builder());
	}

	private FakeConfluence(Builder builder) {
		this.email = builder.email;
		this.apiToken = builder.apiToken;
		this.accountId = builder.accountId;
		this.displayName = builder.displayName;
		this.users.put(this.accountId, this.displayName);
		this.users.put(OTHER_EDITOR_ACCOUNT_ID, "Someone Else");
		this.pathPrefix = builder.pathPrefix;
		this.requestedPort = builder.port;
		this.initialAnonymousAccess = builder.anonymousAccess;
		this.anonymousAccess = builder.anonymousAccess;
		this.initialValidateRequests = builder.validateRequests;
		this.validateRequests = builder.validateRequests;
		this.handler = new FakeConfluenceHandler(this);
	}

	/**
	 * Starts configuring a fake.
	 * @return a new builder with every default
	 */
	public static Builder builder() {
		return new Builder();
	}

	// ---------------------------------------------------------------- lifecycle

	/**
	 * Starts serving on 127.0.0.1. Does nothing when already running; a stopped fake can
	 * be started again (on a new random port unless a port was configured).
	 * @return this fake
	 * @throws UncheckedIOException when the port cannot be bound
	 */
	public FakeConfluence start() {
		synchronized (lifecycleLock) {
			if (server != null) {
				return this;
			}
			if (validateRequests) {
				// Parses Atlassian's descriptions once per JVM (seconds), here rather
				// than in the first request.
				OpenApiRequestValidation.warmUp();
			}
			ThreadPoolExecutor pool = new ThreadPoolExecutor(MIN_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
					new SynchronousQueue<>(), threadFactory());
			try {
				HttpServer created = HttpServer.create(new InetSocketAddress(loopback(), requestedPort), 128);
				created.createContext("/", handler);
				created.setExecutor(pool);
				created.start();
				media.start(loopback());
				journal.clear();
				server = created;
				executor = pool;
				boundPort = created.getAddress().getPort();
			}
			catch (IOException ex) {
				pool.shutdownNow();
				throw new UncheckedIOException("Could not start FakeConfluence on 127.0.0.1:" + requestedPort, ex);
			}
			return this;
		}
	}

	/**
	 * Stops serving (the media server too) and closes every connection. Does nothing when
	 * not running. Spaces, pages, attachments, faults and the journal are kept.
	 */
	public void stop() {
		synchronized (lifecycleLock) {
			HttpServer running = server;
			ThreadPoolExecutor pool = executor;
			server = null;
			executor = null;
			boundPort = -1;
			if (running != null) {
				running.stop(0);
			}
			media.stop();
			if (pool != null) {
				// Interrupts delay faults that are still sleeping.
				pool.shutdownNow();
			}
		}
	}

	/**
	 * Same as {@link #stop()}, for try-with-resources.
	 */
	@Override
	public void close() {
		stop();
	}

	/**
	 * Tells whether the fake is serving.
	 * @return whether it was started and not stopped since
	 */
	public boolean isRunning() {
		return boundPort >= 0;
	}

	/**
	 * Returns the port the fake listens on.
	 * @return the bound port
	 * @throws IllegalStateException when the fake is not running
	 */
	public int port() {
		int port = boundPort;
		if (port < 0) {
			throw new IllegalStateException("FakeConfluence is not running: call start() first");
		}
		return port;
	}

	/**
	 * Returns the URL to configure as {@code confluence.base-url}:
	 * {@code http://127.0.0.1:PORT} plus the path prefix, without {@code /wiki} and
	 * without a trailing slash.
	 * @return the base URL
	 * @throws IllegalStateException when the fake is not running
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + pathPrefix;
	}

	/**
	 * Returns the email accepted in Basic authentication.
	 * @return the email
	 */
	public String email() {
		return email;
	}

	/**
	 * Returns the API token accepted in Basic authentication.
	 * @return the token
	 */
	public String apiToken() {
		return apiToken;
	}

	/**
	 * Returns the account id of the authenticated user.
	 * @return the account id
	 */
	public String accountId() {
		return accountId;
	}

	/**
	 * Returns the display name of the authenticated user.
	 * @return the display name
	 */
	public String displayName() {
		return displayName;
	}

	// ---------------------------------------------------------------- spaces

	/**
	 * Adds a current global space with a generated id.
	 * @param key the unique space key
	 * @param name the space name
	 * @return the space as stored, with its generated id, home page id and author
	 * @throws IllegalArgumentException when the key is taken
	 */
	public FakeSpace addSpace(String key, String name) {
		return addSpace(FakeSpace.of(key, name));
	}

	/**
	 * Adds a space. An id or home page id of zero or less is generated; an empty author
	 * id becomes {@link #accountId()}.
	 * @param space the space
	 * @return the space as stored
	 * @throws IllegalArgumentException when the key or the id is taken
	 */
	public FakeSpace addSpace(FakeSpace space) {
		return site.addSpace(Objects.requireNonNull(space, "space"), accountId);
	}

	/**
	 * Adds {@code count} generated spaces with keys {@code SPACE1}, {@code SPACE2}, ...
	 * and names {@code Space 1}, {@code Space 2}, ... Numbering continues after earlier
	 * calls (and restarts after {@link #clearSpaces()}); numbers whose key is already
	 * taken are skipped. Fast enough for hundreds of thousands of spaces.
	 * @param count how many spaces to add
	 * @return this fake
	 */
	public FakeConfluence seedSpaces(int count) {
		store.seed(count, accountId);
		return this;
	}

	/**
	 * Returns every space.
	 * @return a snapshot ordered by id
	 */
	public List<FakeSpace> spaces() {
		return new ArrayList<>(store.byIdView().values());
	}

	/**
	 * Finds a space by key.
	 * @param key the space key
	 * @return the space, or empty
	 */
	public Optional<FakeSpace> space(String key) {
		return store.byKey(key);
	}

	/**
	 * Removes every space, with the pages and attachments they own, and restarts the
	 * numbering of {@link #seedSpaces(int)}.
	 */
	public void clearSpaces() {
		site.clearContent();
		store.clear();
	}

	/**
	 * Counts the spaces.
	 * @return the number of spaces
	 */
	public int spaceCount() {
		return store.size();
	}

	// ---------------------------------------------------------------- modes

	/**
	 * Switches anonymous access: when on, requests with missing or wrong credentials are
	 * served as the anonymous user (reads work, writes answer 403) instead of getting a
	 * 401.
	 * @param enabled whether anonymous access is allowed
	 */
	public void anonymousAccess(boolean enabled) {
		this.anonymousAccess = enabled;
	}

	/**
	 * Makes {@code GET /wiki/rest/api/space} answer 410 Gone, as it does through
	 * Atlassian's gateway.
	 * @param gone whether the v1 space list is gone
	 */
	public void v1SpaceListGone(boolean gone) {
		this.v1SpaceListGone = gone;
	}

	/**
	 * Switches request validation against Atlassian's OpenAPI descriptions at run time
	 * (see {@link Builder#validateRequests(boolean)}).
	 * @param enabled whether requests the descriptions reject answer 400
	 */
	public void validateRequests(boolean enabled) {
		this.validateRequests = enabled;
	}

	/**
	 * Tells whether requests are validated against Atlassian's OpenAPI descriptions.
	 * @return whether validation is on
	 */
	public boolean isValidatingRequests() {
		return validateRequests;
	}

	/**
	 * Makes every response of the site (not of the media server) carry a
	 * {@code Set-Cookie} session cookie, as Atlassian's edge does, so that tests can
	 * check that a client with a cookie store does not send it to the media origin
	 * (cookies are not port-specific).
	 * @param enabled whether to set a cookie on every response
	 */
	public void setCookieOnResponses(boolean enabled) {
		this.setCookieOnResponses = enabled;
	}

	// ---------------------------------------------------------------- pages and
	// attachments

	/**
	 * Adds a current page at the top of a space (beside its home page), with an empty
	 * storage body.
	 * @param spaceKey the key of an existing space
	 * @param title the title, unique among the space's pages that are not trashed
	 * @return the page with its generated id
	 * @throws IllegalArgumentException when the space does not exist or the title is
	 * taken
	 */
	public FakePage addPage(String spaceKey, String title) {
		return addPage(spaceKey, title, null, "");
	}

	/**
	 * Adds a current page below a parent page of the same space, with an empty storage
	 * body.
	 * @param spaceKey the key of an existing space
	 * @param title the title, unique in the space
	 * @param parentId the id of a page of that space
	 * @return the page with its generated id
	 * @throws IllegalArgumentException when the space or the parent does not exist or the
	 * title is taken
	 */
	public FakePage addPage(String spaceKey, String title, long parentId) {
		return addPage(spaceKey, title, Long.valueOf(parentId), "");
	}

	/**
	 * Adds a current page (version 1, by {@link #accountId()}) with a storage body, as
	 * the last child of a parent or at the top of the space.
	 * @param spaceKey the key of an existing space
	 * @param title the title, unique among the space's pages that are not trashed
	 * @param parentId the id of a page of that space (for example
	 * {@link #homePageId(String)}), or {@code null} for the top of the space
	 * @param storageBody the body in storage format, kept as given
	 * @return the page with its generated id
	 * @throws IllegalArgumentException when the space or the parent does not exist or the
	 * title is taken
	 */
	public FakePage addPage(String spaceKey, String title, @Nullable Long parentId, String storageBody) {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(storageBody, "storageBody");
		FakeSpace space = store.byKey(Objects.requireNonNull(spaceKey, "spaceKey"))
			.orElseThrow(() -> new IllegalArgumentException("No space with key " + spaceKey));
		try {
			return site.create(space.id(), title, parentId, parentId == null, "current", "storage", storageBody,
					accountId);
		}
		catch (ContentRejection ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Edits a page as someone else would, concurrently with the application: writes the
	 * next version (the current one is kept in the history) with the message "Edited by
	 * someone else", by {@link #OTHER_EDITOR_ACCOUNT_ID}, so that an update based on the
	 * version the application read answers 409.
	 * @param id the page id
	 * @param title the new title, unique in the space
	 * @param storageBody the new body in storage format
	 * @return the page's new version
	 * @throws IllegalArgumentException when there is no such page or the title is taken
	 */
	public FakePage editPage(long id, String title, String storageBody) {
		return site.edit(id, Objects.requireNonNull(title, "title"),
				Objects.requireNonNull(storageBody, "storageBody"));
	}

	/**
	 * Sets when a page was created and when its current version was written, which CQL
	 * search reads as {@code created} and {@code lastmodified} (and the v2 API returns as
	 * {@code createdAt} and {@code version.createdAt}); pages are otherwise stamped with
	 * the time they were added or edited. Earlier versions keep their own times.
	 * @param id the page id
	 * @param createdAt when the page was created
	 * @param lastModified when its current version was written, not before
	 * {@code createdAt}
	 * @return the page as it now is
	 * @throws IllegalArgumentException when there is no such page or {@code lastModified}
	 * is before {@code createdAt}
	 */
	public FakePage setPageDates(long id, Instant createdAt, Instant lastModified) {
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(lastModified, "lastModified");
		if (lastModified.isBefore(createdAt)) {
			throw new IllegalArgumentException(
					"lastModified (" + lastModified + ") must not be before createdAt (" + createdAt + ")");
		}
		return site.redate(id, createdAt, lastModified);
	}

	/**
	 * Finds a page by id (trashed pages and home pages included).
	 * @param id the page id
	 * @return the page's current version, or empty
	 */
	public Optional<FakePage> page(long id) {
		return site.page(id);
	}

	/**
	 * Returns the pages of a space, its home page included.
	 * @param spaceKey the space key
	 * @return the pages (trashed ones included) by id; empty when there is no such space
	 */
	public List<FakePage> pages(String spaceKey) {
		return store.byKey(Objects.requireNonNull(spaceKey, "spaceKey"))
			.map(space -> site.pagesOf(space.id()))
			.orElse(List.of());
	}

	/**
	 * Returns every version of a page.
	 * @param id the page id
	 * @return the versions, oldest first, the current one last; empty when there is no
	 * such page or it is trashed
	 */
	public List<FakePage> pageVersions(long id) {
		try {
			return site.versions(id);
		}
		catch (ContentRejection ex) {
			return List.of();
		}
	}

	/**
	 * Returns the id of a space's home page, the page the space's {@code homepageId}
	 * names; it exists at the top of the space.
	 * @param spaceKey the space key
	 * @return the home page id
	 * @throws IllegalArgumentException when there is no such space
	 */
	public long homePageId(String spaceKey) {
		return store.byKey(Objects.requireNonNull(spaceKey, "spaceKey"))
			.orElseThrow(() -> new IllegalArgumentException("No space with key " + spaceKey))
			.homepageId();
	}

	/**
	 * Adds a user to the site, for {@code POST /wiki/api/v2/users-bulk} (display names of
	 * page authors and of users mentioned in bodies). The authenticated user and
	 * {@link #OTHER_EDITOR_ACCOUNT_ID} ("Someone Else") are always there.
	 * @param accountId the Atlassian account id
	 * @param displayName the display name
	 * @return this fake
	 */
	public FakeConfluence addUser(String accountId, String displayName) {
		users.put(Objects.requireNonNull(accountId, "accountId"), Objects.requireNonNull(displayName, "displayName"));
		return this;
	}

	/**
	 * Returns the names of a page's labels.
	 * @param pageId the page id
	 * @return the names in the order they were added; empty when there is no such page
	 */
	public List<String> labels(long pageId) {
		try {
			return site.labels(pageId).stream().map(SiteModel.Label::name).toList();
		}
		catch (ContentRejection ex) {
			return List.of();
		}
	}

	/**
	 * Adds a global label to a page (lower-cased, as Confluence stores labels).
	 * @param pageId the id of a page that is not trashed
	 * @param name the label name: no spaces and none of {@code :;,.?&[]()#^*@!<>}
	 * @throws IllegalArgumentException when there is no such page or the name is invalid
	 */
	public void addLabel(long pageId, String name) {
		try {
			site.addLabels(pageId, List.of(Objects.requireNonNull(name, "name")));
		}
		catch (ContentRejection ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Returns a page's content properties.
	 * @param pageId the page id
	 * @return key to value as JSON text, in creation order; empty when there is no such
	 * page
	 */
	public Map<String, String> properties(long pageId) {
		return site.propertyValues(pageId);
	}

	/**
	 * Attaches content given as bytes (copied) to a page.
	 * @param pageId the id of a page that is not trashed
	 * @param filename the file name (stored NFC-normalised); a name the page already has
	 * gets a new version
	 * @param mediaType the media type, for example {@code text/plain}
	 * @param content the content
	 * @return the attachment, with its id, file id, size and SHA-256
	 * @throws IllegalArgumentException when there is no such page
	 */
	public FakeAttachment addAttachment(long pageId, String filename, String mediaType, byte[] content) {
		AttachmentContent bytes = AttachmentContent.of(Objects.requireNonNull(content, "content"));
		return attach(pageId, filename, mediaType, bytes);
	}

	/**
	 * Attaches generated content of a given length to a page: the deterministic pattern
	 * of {@link FakeAttachment#generatedByte(long)}, computed on the fly, so that a 64
	 * MiB attachment takes no heap. The SHA-256 is computed once, here (about a second
	 * per GiB).
	 * @param pageId the id of a page that is not trashed
	 * @param filename the file name (stored NFC-normalised)
	 * @param mediaType the media type
	 * @param length the content length in bytes
	 * @return the attachment
	 * @throws IllegalArgumentException when there is no such page or the length is
	 * negative
	 */
	public FakeAttachment addAttachment(long pageId, String filename, String mediaType, long length) {
		if (length < 0) {
			throw new IllegalArgumentException("length must not be negative: " + length);
		}
		return attach(pageId, filename, mediaType, AttachmentContent.generated(length));
	}

	private FakeAttachment attach(long pageId, String filename, String mediaType, AttachmentContent content) {
		String name = java.text.Normalizer.normalize(Objects.requireNonNull(filename, "filename"),
				java.text.Normalizer.Form.NFC);
		return site.attach(pageId, name, Objects.requireNonNull(mediaType, "mediaType"), content,
				AttachmentContent.sha256Of(content), null, true);
	}

	/**
	 * Finds an attachment by id.
	 * @param id the attachment id ({@code att...})
	 * @return the attachment's current version, or empty
	 */
	public Optional<FakeAttachment> attachment(String id) {
		return site.attachment(id).map(PageNode.StoredAttachment::attachment);
	}

	/**
	 * Returns a page's attachments.
	 * @param pageId the page id
	 * @return the attachments in upload order; empty when the page does not exist
	 */
	public List<FakeAttachment> attachments(long pageId) {
		return site.attachmentsOf(pageId).orElse(List.of());
	}

	/**
	 * Opens an attachment's content (as uploaded or generated), for assertions.
	 * @param id the attachment id
	 * @return a new stream over the content; the caller closes it
	 * @throws IllegalArgumentException when there is no such attachment
	 * @throws UncheckedIOException when the content cannot be read
	 */
	public InputStream openAttachment(String id) {
		PageNode.StoredAttachment stored = site.attachment(id)
			.orElseThrow(() -> new IllegalArgumentException("No attachment " + id));
		try {
			return stored.content().open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---------------------------------------------------------------- media server

	/**
	 * Returns the origin of the media server that attachment downloads are redirected to
	 * (another port on 127.0.0.1, standing in for {@code api.media.atlassian.com}).
	 * @return for example {@code http://127.0.0.1:40123}
	 * @throws IllegalStateException when the fake is not running
	 */
	public String mediaBaseUrl() {
		return media.baseUrl();
	}

	/**
	 * Returns every request the media server received, with its headers, so that tests
	 * can check that no {@code Authorization} or {@code Cookie} header reached it.
	 * @return a snapshot in arrival order
	 */
	public List<RecordedRequest> mediaRequests() {
		return media.journal().all();
	}

	/**
	 * Adds a fault to the media server (paths like {@code /file/*}): an error status, a
	 * delay, a body cut short ({@link Fault#truncateBody()}: half of the content, then
	 * the connection drops), a stall in the middle
	 * ({@link Fault#stallBody(java.time.Duration)}) or a reset.
	 * @param fault the fault
	 * @return this fake
	 */
	public FakeConfluence injectMedia(Fault fault) {
		media.faults().add(Objects.requireNonNull(fault, "fault"));
		return this;
	}

	/**
	 * Makes the media server answer a first request for a file with one more 302 to
	 * itself (a fresh token) before serving the content.
	 * @param enabled whether to add the hop
	 */
	public void mediaRedirectHop(boolean enabled) {
		media.extraHop(enabled);
	}

	/**
	 * Makes the download route redirect to a given location instead of the media server,
	 * for example a plain-{@code http} or {@code file:} URL, or another host, to test
	 * what a client refuses to follow.
	 * @param location the {@code Location} to answer, or {@code null} for the media
	 * server
	 */
	public void downloadRedirectLocation(@Nullable String location) {
		media.locationOverride(location);
	}

	// ---------------------------------------------------------------- faults

	/**
	 * Adds a fault. Faults are matched in injection order, answer before authentication
	 * is checked, and are dropped once their count is used up.
	 * @param fault the fault
	 * @return this fake
	 */
	public FakeConfluence inject(Fault fault) {
		faults.add(Objects.requireNonNull(fault, "fault"));
		return this;
	}

	/**
	 * Removes every fault.
	 */
	public void clearFaults() {
		faults.clear();
	}

	// ---------------------------------------------------------------- journal

	/**
	 * Returns every journaled request, faulted ones included.
	 * @return a snapshot in arrival order
	 */
	public List<RecordedRequest> requests() {
		return journal.all();
	}

	/**
	 * Returns the journaled requests with a method and a path.
	 * @param method the HTTP method (any case)
	 * @param path the path without the prefix, for example {@code /wiki/api/v2/spaces}
	 * @return a snapshot in arrival order
	 */
	public List<RecordedRequest> requests(String method, String path) {
		return journal.matching(method, path);
	}

	/**
	 * Returns the requests that failed validation against Atlassian's OpenAPI
	 * descriptions, with the validator's messages.
	 * @return a snapshot in arrival order
	 */
	public List<RejectedRequest> rejectedRequests() {
		return journal.rejections();
	}

	/**
	 * Returns the most recent request.
	 * @return the last journaled request
	 * @throws IllegalStateException when none was received
	 */
	public RecordedRequest lastRequest() {
		return journal.last();
	}

	/**
	 * Empties the journal, including the connections counted by
	 * {@link #connectionCount()}.
	 */
	public void clearRequests() {
		journal.clear();
	}

	/**
	 * Counts the distinct client TCP connections seen since {@link #start()} or the last
	 * {@link #clearRequests()} / {@link #reset()}. Approximation: connections are told
	 * apart by the client's address and port, so a connection that sent no complete
	 * request is not counted, and a client port reused by the operating system after a
	 * connection closed counts once.
	 * @return the number of distinct connections
	 */
	public int connectionCount() {
		return journal.connectionCount();
	}

	/**
	 * Clears faults and the journals (the media server's too) and puts the modes back to
	 * the builder's values (anonymous access, request validation; no cookies, no extra
	 * media hop); keeps spaces, pages and attachments.
	 */
	public void reset() {
		faults.clear();
		journal.clear();
		media.reset();
		anonymousAccess = initialAnonymousAccess;
		validateRequests = initialValidateRequests;
		setCookieOnResponses = false;
		v1SpaceListGone = false;
	}

	@Override
	public String toString() {
		int port = boundPort;
		return "FakeConfluence[" + (port < 0 ? "stopped" : "http://127.0.0.1:" + port + pathPrefix) + ", email=" + email
				+ ", " + spaceCount() + " spaces]";
	}

	// ---------------------------------------------------------------- package-private,
	// for the handler

	String pathPrefix() {
		return pathPrefix;
	}

	boolean isAnonymousAccess() {
		return anonymousAccess;
	}

	boolean isV1SpaceListGone() {
		return v1SpaceListGone;
	}

	/**
	 * The {@code _links.base} value: what v1 links and v2 {@code webui} links are
	 * relative to.
	 */
	String siteWikiUrl() {
		return baseUrl() + "/wiki";
	}

	SpaceStore store() {
		return store;
	}

	SiteModel site() {
		return site;
	}

	UserDirectory users() {
		return users;
	}

	MediaServer media() {
		return media;
	}

	boolean isSetCookieOnResponses() {
		return setCookieOnResponses;
	}

	RouteTable routes() {
		return handler.routes();
	}

	/**
	 * Where uploads are written while they stream in; created on first use, one per fake.
	 */
	Path uploadDirectory() throws IOException {
		Path directory = uploadDirectory;
		if (directory == null) {
			synchronized (lifecycleLock) {
				directory = uploadDirectory;
				if (directory == null) {
					directory = Files.createTempDirectory("fake-confluence-uploads-");
					directory.toFile().deleteOnExit();
					uploadDirectory = directory;
				}
			}
		}
		return directory;
	}

	FaultRegistry faults() {
		return faults;
	}

	RequestJournal journal() {
		return journal;
	}

	private static InetAddress loopback() {
		try {
			// Explicitly IPv4: baseUrl() promises 127.0.0.1, whatever the JVM's IPv6
			// preference.
			return InetAddress.getByAddress("127.0.0.1", new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ThreadFactory threadFactory() {
		int instance = INSTANCES.incrementAndGet();
		AtomicInteger threads = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "fake-confluence-" + instance + "-" + threads.incrementAndGet());
			// Daemon threads: a test that forgets stop() must not keep the JVM alive.
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Configures a {@link FakeConfluence}. Not thread-safe; every setting has a default.
	 */
	public static final class Builder {

		private String email = DEFAULT_EMAIL;

		private String apiToken = DEFAULT_API_TOKEN;

		private String accountId = DEFAULT_ACCOUNT_ID;

		private String displayName = DEFAULT_DISPLAY_NAME;

		private String pathPrefix = "";

		private int port;

		private boolean anonymousAccess;

		private boolean validateRequests = true;

		private final List<FakeSpace> spaces = new ArrayList<>();

		private int generatedSpaces;

		private Builder() {
		}

		/**
		 * Sets the email accepted in Basic authentication.
		 * @param email the email, may contain non-ASCII characters
		 * @return this builder
		 */
		public Builder email(String email) {
			this.email = Objects.requireNonNull(email, "email");
			return this;
		}

		/**
		 * Sets the API token accepted in Basic authentication.
		 * @param apiToken the token
		 * @return this builder
		 */
		public Builder apiToken(String apiToken) {
			this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
			return this;
		}

		/**
		 * Sets the account id of the authenticated user.
		 * @param accountId the account id
		 * @return this builder
		 */
		public Builder accountId(String accountId) {
			this.accountId = Objects.requireNonNull(accountId, "accountId");
			return this;
		}

		/**
		 * Sets the display name of the authenticated user.
		 * @param displayName the display name
		 * @return this builder
		 */
		public Builder displayName(String displayName) {
			this.displayName = Objects.requireNonNull(displayName, "displayName");
			return this;
		}

		/**
		 * Serves every route under a path prefix, like Atlassian's gateway
		 * ({@code /ex/confluence/{cloudId}}). A missing leading slash is added and a
		 * trailing one removed.
		 * @param prefix the prefix, for example {@code /ex/confluence/cloud-123}; empty
		 * for none
		 * @return this builder
		 */
		public Builder pathPrefix(String prefix) {
			String normalized = Objects.requireNonNull(prefix, "prefix").trim();
			while (normalized.endsWith("/")) {
				normalized = normalized.substring(0, normalized.length() - 1);
			}
			if (!normalized.isEmpty() && !normalized.startsWith("/")) {
				normalized = "/" + normalized;
			}
			this.pathPrefix = normalized;
			return this;
		}

		/**
		 * Sets the port to listen on.
		 * @param port a port, or 0 (the default) for a random free one
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65_535) {
				throw new IllegalArgumentException("Not a port: " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets whether anonymous access is allowed initially (and after
		 * {@link FakeConfluence#reset()}).
		 * @param enabled whether requests without valid credentials are served
		 * anonymously
		 * @return this builder
		 */
		public Builder anonymousAccess(boolean enabled) {
			this.anonymousAccess = enabled;
			return this;
		}

		/**
		 * Sets whether every request is validated against Atlassian's OpenAPI
		 * descriptions of the v1 and v2 REST APIs (the default), as a strict Confluence
		 * would: a request they reject (an unknown query parameter, a wrong type, a
		 * missing required field) answers 400 with the validator's messages in the v1 or
		 * v2 error envelope, and is listed by {@link FakeConfluence#rejectedRequests()}.
		 * Turn it off for applications that call endpoints outside the descriptions.
		 * @param enabled whether to validate requests
		 * @return this builder
		 */
		public Builder validateRequests(boolean enabled) {
			this.validateRequests = enabled;
			return this;
		}

		/**
		 * Adds a space to start with. Repeatable; these come before generated ones.
		 * @param space the space
		 * @return this builder
		 */
		public Builder space(FakeSpace space) {
			this.spaces.add(Objects.requireNonNull(space, "space"));
			return this;
		}

		/**
		 * Sets how many generated spaces to start with (see
		 * {@link FakeConfluence#seedSpaces(int)}).
		 * @param count the number of generated spaces
		 * @return this builder
		 */
		public Builder spaces(int count) {
			if (count < 0) {
				throw new IllegalArgumentException("count must not be negative: " + count);
			}
			this.generatedSpaces = count;
			return this;
		}

		/**
		 * Creates the fake without starting it.
		 * @return the fake
		 */
		public FakeConfluence build() {
			FakeConfluence fake = new FakeConfluence(this);
			spaces.forEach(fake::addSpace);
			fake.seedSpaces(generatedSpaces);
			return fake;
		}

		/**
		 * Creates and starts the fake.
		 * @return the running fake
		 */
		public FakeConfluence start() {
			return build().start();
		}

	}

}
