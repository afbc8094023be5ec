package io.github.springconfluence.test;

import java.util.List;
import java.util.Objects;

/**
 * A request that {@link FakeConfluence} rejected because Atlassian's OpenAPI description
 * of the API does not allow it (an unknown query parameter, a wrong type, a missing
 * required field ...).
 *
 * @param request the request as journaled
 * @param status the status answered: 400, or 415 when only the media type was wrong
 * @param messages the validator's messages, as sent in the error body
 */
public record RejectedRequest(RecordedRequest request, int status, List<String> messages) {

	/**
	 * Creates a record, copying the messages.
	 * @param request the request
	 * @param status the status answered
	 * @param messages the validator's messages
	 */
	public RejectedRequest {
		Objects.requireNonNull(request, "request");
		messages = List.copyOf(messages);
	}
}
