package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * Every route the fake serves. Endpoint classes register theirs
 * ({@code register(RouteTable)}); the handler asks for the route of a method and a path
 * and gets the path variables with it. When several templates match, the one with more
 * literal segments wins, so {@code /spaces/{id}} never shadows a more specific sibling
 * whatever the registration order.
 */
final class RouteTable {

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	/** Registers a route whose body is read into memory before the endpoint runs. */
	RouteTable add(String method, String template, Endpoint endpoint) {
		return add(method, template, null, false, endpoint);
	}

	/** Registers a route with a guard that runs before request validation. */
	RouteTable add(String method, String template, Route.@Nullable Guard guard, Endpoint endpoint) {
		return add(method, template, guard, false, endpoint);
	}

	/** Registers a route that reads its body itself, as a stream. */
	RouteTable addStreaming(String method, String template, Route.@Nullable Guard guard, Endpoint endpoint) {
		return add(method, template, guard, true, endpoint);
	}

	private RouteTable add(String method, String template, Route.@Nullable Guard guard, boolean streams,
			Endpoint endpoint) {
		String upper = method.toUpperCase(Locale.ROOT);
		PathTemplate path = PathTemplate.of(template);
		for (Route existing : routes) {
			if (existing.method().equals(upper) && existing.template().toString().equals(template)) {
				throw new IllegalStateException("Route registered twice: " + upper + " " + template);
			}
		}
		routes.add(new Route(upper, path, endpoint, guard, streams));
		return this;
	}

	/** The best route for a request, or null when none matches. */
	@Nullable Match match(String method, String path) {
		String normalized = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		Match best = null;
		for (Route route : routes) {
			if (!route.method().equalsIgnoreCase(method)) {
				continue;
			}
			Map<String, String> variables = route.template().match(normalized);
			if (variables != null
					&& (best == null || route.template().literalCount() > best.route().template().literalCount())) {
				best = new Match(route, variables);
			}
		}
		return best;
	}

	/**
	 * Every route, ordered by path then method, for tests that check them against the
	 * descriptions.
	 */
	List<Route> routes() {
		List<Route> copy = new ArrayList<>(routes);
		copy.sort(Comparator.comparing((Route route) -> route.template().toString()).thenComparing(Route::method));
		return copy;
	}

	/** A matched route and its path variables. */
	record Match(Route route, Map<String, String> variables) {
	}

}
