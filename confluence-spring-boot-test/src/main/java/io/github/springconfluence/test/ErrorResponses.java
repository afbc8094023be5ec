package io.github.springconfluence.test;

import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The error bodies Confluence Cloud sends: the v1 envelope, the v2 envelope, and the
 * proxy's plain-text 401.
 */
final class ErrorResponses {

	static final String BASIC_AUTH_DEPRECATED = "Basic authentication with passwords is deprecated.  "
			+ "For more information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/";

	static final String GONE_MESSAGE = "com.atlassian.confluence.api.service.exceptions.GoneException: "
			+ "This deprecated endpoint has been removed.";

	private ErrorResponses() {
	}

	/**
	 * Atlassian's proxy answers wrong credentials itself, in plain text and without a
	 * challenge.
	 */
	static Response unauthorized() {
		return Response.text(401, BASIC_AUTH_DEPRECATED);
	}

	static Response v1(int status, String message) {
		ObjectNode body = Json.object();
		body.put("statusCode", status);
		ObjectNode data = body.putObject("data");
		data.put("authorized", false);
		data.put("valid", true);
		data.putArray("errors");
		data.put("successful", false);
		body.put("message", message);
		return Response.json(status, body);
	}

	static Response v2(int status, String code, String title) {
		ObjectNode body = Json.object();
		ObjectNode error = body.putArray("errors").addObject();
		error.put("status", status);
		error.put("code", code);
		error.put("title", title);
		error.putNull("detail");
		return Response.json(status, body);
	}

	static Response v2BadRequest(String title) {
		return v2(400, "INVALID_REQUEST_PARAMETER", title);
	}

	static Response v2NotFound() {
		return v2(404, "NOT_FOUND", "Not Found");
	}

	/**
	 * A request rejected by the OpenAPI validator: the v2 envelope with one error per
	 * message (the message as title, its key as detail), or the v1 envelope with every
	 * message.
	 */
	static Response validation(OpenApiRequestValidation.Api api, int status, List<ValidationReport.Message> messages) {
		if (api == OpenApiRequestValidation.Api.V2) {
			ObjectNode body = Json.object();
			ArrayNode errors = body.putArray("errors");
			for (ValidationReport.Message message : messages) {
				ObjectNode error = errors.addObject();
				error.put("status", status);
				error.put("code", status == 415 ? "UNSUPPORTED_MEDIA_TYPE" : "INVALID_REQUEST_PARAMETER");
				error.put("title", message.getMessage());
				error.put("detail", message.getKey());
			}
			return Response.json(status, body);
		}
		ObjectNode body = Json.object();
		body.put("statusCode", status);
		ObjectNode data = body.putObject("data");
		data.put("authorized", true);
		data.put("valid", false);
		ArrayNode errors = data.putArray("errors");
		for (ValidationReport.Message message : messages) {
			ObjectNode translation = errors.addObject().putObject("message");
			translation.put("key", message.getKey());
			translation.put("translation", message.getMessage());
			translation.putArray("args");
		}
		data.put("successful", false);
		body.put("message",
				messages.stream().map(ValidationReport.Message::getMessage).collect(Collectors.joining("; ")));
		return Response.json(status, body);
	}

}
