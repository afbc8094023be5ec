package io.github.springconfluence.space;

import java.util.Optional;
import java.util.stream.Stream;

import io.github.springconfluence.ConfluenceException;

/**
 * Reads and writes Confluence spaces. Reads go through the v2 API, writes through v1 (v2
 * has no update or delete), as Atlassian recommends.
 * <p>
 * Every failure is a {@link ConfluenceException} (or a subclass) carrying the HTTP
 * status, Confluence's message and the {@code ATL-TraceId}; invalid arguments are
 * {@link IllegalArgumentException}s. Implementations are thread-safe.
 */
public interface ConfluenceSpaceService {

	/**
	 * Streams every space the account can see, read lazily through
	 * {@code GET /wiki/api/v2/spaces}, 250 per request. {@code spaces().findFirst()}
	 * makes one request; a full pass holds one page in memory.
	 * @return the spaces; a failure on a later page is thrown when the stream reaches it
	 */
	Stream<Space> spaces();

	/**
	 * Streams the spaces that match a query, lazily, as {@link #spaces()} does.
	 * @param query the filters and page size
	 * @return the matching spaces
	 */
	Stream<Space> spaces(SpaceQuery query);

	/**
	 * Finds a space by key ({@code GET /wiki/api/v2/spaces?keys=KEY}).
	 * @param key the space key
	 * @return the space, or empty when it does not exist or the account may not see it
	 */
	Optional<Space> findByKey(String key);

	/**
	 * Finds a space by id ({@code GET /wiki/api/v2/spaces/{id}}).
	 * @param id the numeric space id
	 * @return the space, or empty when it does not exist, the account may not see it, or
	 * the id is not numeric
	 */
	Optional<Space> findById(String id);

	/**
	 * Creates a space ({@code POST /wiki/rest/api/space}).
	 * @param space the key, name and optional description
	 * @return the created space, read back through v2
	 * @throws ConfluenceException with status 400 when the key exists or is invalid, 403
	 * without permission
	 */
	Space create(NewSpace space);

	/**
	 * Updates a space's name or description ({@code PUT /wiki/rest/api/space/{key}}).
	 * @param key the space key
	 * @param update the changes; {@code null} fields stay as they are
	 * @return the updated space, read back through v2
	 * @throws io.github.springconfluence.ConfluenceNotFoundException when the space does
	 * not exist or the account may not edit it
	 */
	Space update(String key, SpaceUpdate update);

	/**
	 * Deletes a space ({@code DELETE /wiki/rest/api/space/{key}}). Confluence deletes in
	 * the background and answers with a long-running task.
	 * @param key the space key
	 * @return the task that deletes the space
	 * @throws io.github.springconfluence.ConfluenceNotFoundException when the space does
	 * not exist or the account may not delete it
	 */
	LongTask delete(String key);

}
