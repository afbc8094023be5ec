package io.github.springconfluence.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jspecify.annotations.Nullable;

/**
 * Validates requests against Atlassian's OpenAPI descriptions of the v1 and v2 REST APIs,
 * as a strict Confluence would: an unknown query parameter, a wrong type or a missing
 * required field is a 400.
 *
 * <p>
 * Parsing the two descriptions (1 MB of JSON) takes seconds, so they are parsed once per
 * JVM, on first use, and shared by every fake; the validators are immutable and
 * thread-safe.
 *
 * <p>
 * Levels differ from the library's defaults where the library is laxer or stricter than
 * Confluence:
 * <ul>
 * <li>unexpected query parameters are errors (the library ignores them by default, but
 * they are the commonest client mistake against a description that lists every
 * parameter);</li>
 * <li>security checks are off (the descriptions' security requirements are removed after
 * parsing, and the level is ignored besides): the fake checks Basic auth itself, before
 * validation, with Confluence's own answers (401 text, anonymous access);</li>
 * <li>the {@code Accept} header is not checked: Confluence answers JSON whatever a client
 * accepts;</li>
 * <li>responses are not validated: real responses violate the schemas in many
 * places.</li>
 * </ul>
 */
final class OpenApiRequestValidation {

	static final String V1_PREFIX = "/wiki/rest/api/";

	static final String V2_PREFIX = "/wiki/api/v2/";

	private static final String RESOURCES = "/io/github/springconfluence/test/openapi/";

	// Multipart bodies are streamed past the validator (which does not validate multipart
	// content
	// anyway); this stands in for them so that "body required" still holds.
	private static final String STREAMED_BODY_PLACEHOLDER = "(multipart body, streamed to the endpoint)";

	private OpenApiRequestValidation() {
	}

	/** Which description a path belongs to. */
	enum Api {

		V1, V2

	}

	/** A rejection: which description, and the validator's messages (key and text). */
	record Rejection(Api api, List<ValidationReport.Message> messages) {

		List<String> texts() {
			return messages.stream().map(ValidationReport.Message::getMessage).toList();
		}

		/**
		 * Whether the only complaint is the media type, which Confluence answers with
		 * 415.
		 */
		boolean isMediaTypeOnly() {
			return messages.stream().allMatch(m -> m.getKey().equals("validation.request.contentType.notAllowed"));
		}
	}

	/**
	 * The description a path is validated against, or null for paths outside both APIs.
	 */
	static @Nullable Api apiOf(String path) {
		if (path.startsWith(V2_PREFIX)) {
			return Api.V2;
		}
		if (path.startsWith(V1_PREFIX)) {
			return Api.V1;
		}
		return null;
	}

	/**
	 * Validates a request.
	 * @param request the request, its path without the gateway prefix
	 * @param bodyStreamed whether the body was not read because the endpoint streams it
	 * @return the rejection, or null when the description accepts the request (or does
	 * not cover it)
	 */
	static @Nullable Rejection validate(RecordedRequest request, boolean bodyStreamed) {
		Api api = apiOf(request.path());
		if (api == null || RemovedEndpoints.find(request.method(), request.path()) != null) {
			return null;
		}
		Described described = api == Api.V2 ? Holder.V2 : Holder.V1;
		ValidationReport report = described.validator()
			.validateRequest(toValidatorRequest(request, bodyStreamed, described.arrays()));
		List<ValidationReport.Message> errors = report.getMessages()
			.stream()
			.filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
			.toList();
		return errors.isEmpty() ? null : new Rejection(api, errors);
	}

	/**
	 * Parses both descriptions now, for callers that want the cost up front; idempotent.
	 */
	static void warmUp() {
		Holder.V1.getClass();
	}

	/** A description: its validator, and which query parameters it declares as arrays. */
	private record Described(OpenApiInteractionValidator validator, ArrayQueryParameters arrays) {
	}

	private static Request toValidatorRequest(RecordedRequest request, boolean bodyStreamed,
			ArrayQueryParameters arrays) {
		SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method().toUpperCase(Locale.ROOT),
				request.path());
		QueryParams query = QueryParams.parse(request.rawQuery());
		Set<String> arrayNames = arrays.of(request.method(), request.path());
		for (String name : query.names()) {
			List<String> values = query.all(name);
			if (KnownSpecDefects.COMMA_SEPARATED_ARRAYS && arrayNames.contains(name)) {
				values = values.stream().flatMap(value -> Arrays.stream(value.split(",", -1))).toList();
			}
			builder.withQueryParam(name, values);
		}
		for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
			builder.withHeader(header.getKey(), header.getValue());
		}
		if (bodyStreamed) {
			builder.withBody(STREAMED_BODY_PLACEHOLDER);
		}
		else if (request.body().length > 0) {
			builder.withBody(new String(request.body(), StandardCharsets.UTF_8));
		}
		return builder.build();
	}

	private static LevelResolver levels() {
		return LevelResolver.create()
			.withDefaultLevel(ValidationReport.Level.ERROR)
			.withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
			.withLevel("validation.request.security", ValidationReport.Level.IGNORE)
			.withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
			.withLevel("validation.response", ValidationReport.Level.IGNORE)
			.build();
	}

	private static CompletableFuture<Described> parseV1Async() {
		// Its own daemon thread: the common pool may be busy (or a single thread) in a
		// test JVM.
		Request warmUp = SimpleRequest.Builder.post("/wiki/rest/api/space")
			.withContentType("application/json")
			.withBody("{\"key\":\"WARM\",\"name\":\"Warm-up\"}")
			.build();
		return CompletableFuture.supplyAsync(() -> build("confluence-cloud-v1.json", "", KnownSpecDefects.v1(), warmUp),
				task -> {
					Thread thread = new Thread(task, "fake-confluence-openapi-v1");
					thread.setDaemon(true);
					thread.start();
				});
	}

	/**
	 * Builds the validator of a description.
	 * @param basePath what comes before the description's paths in a request: empty for
	 * v1 (its paths carry {@code /wiki/rest/api}), {@code /wiki/api/v2} for v2
	 */
	private static Described build(String file, String basePath, ValidationErrorsWhitelist defects,
			Request warmUpRequest) {
		OpenAPI api = parse(file);
		ArrayQueryParameters arrays = ArrayQueryParameters.of(api, basePath);
		OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(withoutSecurity(api))
			.withBasePathOverride(basePath.isEmpty() ? "/" : basePath)
			.withLevelResolver(levels())
			.withWhitelist(defects)
			.build();
		// The first validation initialises the schema machinery (about a second): do it
		// now, not in a test.
		validator.validateRequest(warmUpRequest);
		return new Described(validator, arrays);
	}

	/**
	 * Parses a description with the options the validator itself uses (refs resolved,
	 * combinators kept). {@code resolveFully} is needed: without it, parameters whose
	 * schema is a {@code $ref} (v2 {@code sort}, {@code description-format}) were
	 * rejected even with valid values.
	 */
	private static OpenAPI parse(String file) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		options.setResolveCombinators(false);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(read(file), List.of(), options);
		if (result.getOpenAPI() == null) {
			throw new IllegalStateException("Could not parse " + file + ": " + result.getMessages());
		}
		return result.getOpenAPI();
	}

	/**
	 * Removes the security requirements: the fake checks Basic auth itself, and the
	 * validator's own security check would otherwise still run (and log that it cannot
	 * check OAuth) on every request, even with its messages ignored.
	 */
	private static OpenAPI withoutSecurity(OpenAPI api) {
		api.setSecurity(null);
		if (api.getPaths() != null) {
			api.getPaths()
				.values()
				.forEach(path -> path.readOperations().forEach(operation -> operation.setSecurity(null)));
		}
		return api;
	}

	private static String read(String file) {
		try (InputStream in = OpenApiRequestValidation.class.getResourceAsStream(RESOURCES + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCES + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lazy holder: the JVM parses the descriptions once, on first use, and safely
	 * publishes them.
	 */
	private static final class Holder {

		private static final long STARTED = System.nanoTime();

		// v1 paths in the description carry /wiki/rest/api themselves (its server has no
		// path); v2 paths
		// are relative to the server's /wiki/api/v2.
		// The two descriptions are parsed in parallel: together they take seconds. The
		// task is built by
		// the outer class: a lambda here would need this class initialised, which waits
		// for the task.
		private static final CompletableFuture<Described> V1_PARSING = parseV1Async();

		static final Described V2 = build("confluence-cloud-v2.json", "/wiki/api/v2", KnownSpecDefects.v2(),
				SimpleRequest.Builder.get("/wiki/api/v2/spaces").withQueryParam("limit", "1").build());

		static final Described V1 = V1_PARSING.join();

		static {
			Logger.getLogger(FakeConfluence.class.getName())
				.info(() -> "FakeConfluence parsed Atlassian's OpenAPI " + "descriptions in "
						+ (System.nanoTime() - STARTED) / 1_000_000 + " ms (once per JVM)");
		}

	}

}
