package io.github.springconfluence.page;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceConflictException;
import io.github.springconfluence.ConfluenceException;

/**
 * Reads and writes Confluence pages: v2 for everything it offers, v1 for moving pages,
 * restoring versions and writing labels.
 * <p>
 * Every method raises a {@link ConfluenceException} (a subtype naming the cause) when
 * Confluence answers with an error, never returning a half-read result. Lists are lazy
 * streams that request the next batch only when the current one is used up.
 */
public interface ConfluencePageService {

	/**
	 * Reads a page with its body in storage format: one request.
	 * @param id the page id
	 * @return the page, or empty when it does not exist or the account may not see it
	 */
	Optional<Page> findById(String id);

	/**
	 * Reads a page with its body in a format: one request.
	 * @param id the page id
	 * @param format any format but {@link BodyFormat#WIKI}
	 * @return the page, or empty when it does not exist or the account may not see it
	 */
	Optional<Page> findById(String id, BodyFormat format);

	/**
	 * Finds the current page with exactly this title in a space, body in storage format:
	 * one request once the space's id is known (one more the first time).
	 * @param spaceKey the space key
	 * @param title the exact title
	 * @return the page, or empty
	 */
	Optional<Page> findByTitle(String spaceKey, String title);

	/**
	 * Lists pages, lazily: ⌈N / page size⌉ requests for N pages, bodies included when the
	 * query asks for them.
	 * @param query the filters
	 * @return a lazy stream
	 */
	Stream<Page> pages(PageQuery query);

	/**
	 * Creates a page: one request (one more the first time a space key is used).
	 * @param page the page to create
	 * @return the created page, with its body
	 * @throws ConfluenceException with status 400 when the title is taken in the space
	 */
	Page create(NewPage page);

	/**
	 * Replaces a page's title and body, as the version after the one the caller read. The
	 * page is written with status {@code current}: updating a draft publishes it, and
	 * updating a trashed page restores it.
	 * @param id the page id
	 * @param update the new content and the version it is based on
	 * @return the page as written
	 * @throws ConfluenceConflictException when someone saved a newer version meanwhile;
	 * nothing was written
	 */
	Page update(String id, PageUpdate update);

	/**
	 * Changes a page without losing anybody's edit: reads it with its body, applies
	 * {@code change}, and writes the result as the next version. When someone saved the
	 * page in between (409), reads it again and applies {@code change} again, at most 3
	 * attempts in all. When {@code change} returns what it was given, nothing is written
	 * (one request).
	 * @param id the page id
	 * @param change the change; it may run more than once, so it must not have side
	 * effects
	 * @return the page as written, or as read when nothing changed
	 * @throws io.github.springconfluence.ConfluenceNotFoundException when the page does
	 * not exist
	 * @throws ConfluenceConflictException when the third attempt conflicts too
	 */
	Page edit(String id, UnaryOperator<PageContent> change);

	/**
	 * Publishes a page built elsewhere, idempotently: finds the current page with the
	 * title in the space; creates it if there is none; otherwise compares the SHA-256 of
	 * the body with the one kept (in the content property
	 * {@value RestClientConfluencePageService#PUBLISHED_HASH_PROPERTY}) at the last
	 * publication, and writes nothing when it matches and the page is under the wanted
	 * parent. Once the space id is known: 2 requests when nothing changed; one page write
	 * plus one property write otherwise.
	 * @param publication the page to publish
	 * @return the page and what was done
	 */
	PublishResult publish(PagePublication publication);

	/**
	 * Moves a page to the trash (v2 {@code DELETE}).
	 * @param id the page id
	 */
	void delete(String id);

	/**
	 * Removes a page for good: moves it to the trash if it is not there yet, then purges
	 * it (needs space admin permission).
	 * @param id the page id
	 */
	void purge(String id);

	/**
	 * Lists a page's direct children of every type (pages, whiteboards, databases,
	 * embeds, folders), in position order, lazily.
	 * @param id the page id
	 * @return a lazy stream
	 */
	Stream<PageChild> children(String id);

	/**
	 * Lists a page's descendants down to a depth, top-down, lazily.
	 * @param id the page id
	 * @param depth 1 (children only) to 10
	 * @return a lazy stream
	 */
	Stream<PageChild> descendants(String id, int depth);

	/**
	 * Lists a page's ancestors, root first.
	 * @param id the page id
	 * @return the ancestors; empty for a page at the top of its space
	 */
	List<PageRef> ancestors(String id);

	/**
	 * Moves a page relative to another (v1 move).
	 * @param id the page to move
	 * @param position before or after the target as its sibling, or appended as its last
	 * child
	 * @param targetId the target page
	 */
	void move(String id, MovePosition position, String targetId);

	/**
	 * Lists a page's versions, newest first, lazily.
	 * @param id the page id
	 * @return a lazy stream
	 */
	Stream<PageVersion> versions(String id);

	/**
	 * Restores an earlier version as a new version (v1), with its title.
	 * @param id the page id
	 * @param version the version number to restore
	 * @param message the message of the new version
	 * @return the page as it is after the restore
	 */
	Page restore(String id, int version, String message);

	/**
	 * Lists a page's labels.
	 * @param id the page id
	 * @return the labels
	 */
	List<Label> labels(String id);

	/**
	 * Adds global labels to a page (v1); labels it already has are kept once.
	 * @param id the page id
	 * @param names the label names (Confluence refuses spaces and some punctuation)
	 */
	void addLabels(String id, String... names);

	/**
	 * Removes a label from a page (v1, by query parameter, so names with {@code /} work).
	 * @param id the page id
	 * @param name the label name
	 */
	void removeLabel(String id, String name);

}
