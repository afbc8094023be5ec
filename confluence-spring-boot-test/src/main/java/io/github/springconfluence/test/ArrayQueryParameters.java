package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Which query parameters of each operation a description declares as arrays, so that only
 * those are split at commas before validation
 * ({@link KnownSpecDefects#COMMA_SEPARATED_ARRAYS}): a comma in a string parameter, such
 * as the CQL of {@code GET /wiki/rest/api/search?cql=space in ("A","B")}, is part of the
 * value. Names are not enough: {@code status}, {@code space-id} and others are arrays in
 * some operations and strings in others. An array declared with {@code explode: false}
 * (the {@code expand} of {@code GET /wiki/rest/api/search}) is comma-separated by its own
 * description, so it is left whole for the validator to split.
 */
final class ArrayQueryParameters {

	private final List<Entry> entries;

	private ArrayQueryParameters(List<Entry> entries) {
		this.entries = entries;
	}

	/** One operation: its method, its full path and its array query parameters. */
	private record Entry(String method, PathTemplate path, Set<String> names) {
	}

	/**
	 * Indexes a parsed description (its {@code $ref}s resolved).
	 * @param pathPrefix what comes before the description's paths in a request:
	 * {@code /wiki/api/v2} for v2, empty for v1, whose paths carry {@code /wiki/rest/api}
	 */
	static ArrayQueryParameters of(OpenAPI api, String pathPrefix) {
		List<Entry> entries = new ArrayList<>();
		if (api.getPaths() != null) {
			for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
				List<Parameter> common = path.getValue().getParameters() == null ? List.of()
						: path.getValue().getParameters();
				for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue()
					.readOperationsMap()
					.entrySet()) {
					Set<String> names = new HashSet<>();
					List<Parameter> parameters = new ArrayList<>(common);
					if (operation.getValue().getParameters() != null) {
						parameters.addAll(operation.getValue().getParameters());
					}
					for (Parameter parameter : parameters) {
						// An array declared explode=false (v1 search's expand) is
						// comma-separated
						// by its own description: the validator splits it itself.
						if ("query".equals(parameter.getIn()) && parameter.getSchema() != null
								&& "array".equals(parameter.getSchema().getType())
								&& !Boolean.FALSE.equals(parameter.getExplode())) {
							names.add(parameter.getName());
						}
					}
					entries.add(new Entry(operation.getKey().name(), PathTemplate.of(pathPrefix + path.getKey()),
							Set.copyOf(names)));
				}
			}
		}
		return new ArrayQueryParameters(List.copyOf(entries));
	}

	/**
	 * The array query parameters of the operation a request is for (the template with the
	 * most literal segments when several match); empty when none matches.
	 */
	Set<String> of(String method, String path) {
		String upper = method.toUpperCase(Locale.ROOT);
		Entry best = null;
		for (Entry entry : entries) {
			if (entry.method().equals(upper) && entry.path().match(path) != null
					&& (best == null || entry.path().literalCount() > best.path().literalCount())) {
				best = entry;
			}
		}
		return best == null ? Set.of() : best.names();
	}

}
