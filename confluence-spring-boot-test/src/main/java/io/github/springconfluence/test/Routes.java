package io.github.springconfluence.test;

/**
 * Maps a method and a path (without the prefix) to the endpoint that answers it; anything unknown gets
 * the v1 404 envelope.
 */
final class Routes {

	private final V2SpaceEndpoints v2Spaces;

	private final V1SpaceEndpoints v1Spaces;

	private final CurrentUserEndpoint currentUser;

	Routes(FakeConfluence fake) {
		this.v2Spaces = new V2SpaceEndpoints(fake);
		this.v1Spaces = new V1SpaceEndpoints(fake);
		this.currentUser = new CurrentUserEndpoint(fake);
	}

	Response route(RecordedRequest request, boolean authenticated) {
		String method = request.method();
		String path = request.path();
		if (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String v2SpacePrefix = V2SpaceEndpoints.SPACES_PATH + "/";
		String v1SpacePrefix = V1SpaceEndpoints.SPACE_PATH + "/";
		String taskPrefix = V1SpaceEndpoints.LONG_TASK_PATH + "/";
		if (method.equals("GET")) {
			if (path.equals(V2SpaceEndpoints.SPACES_PATH)) {
				return v2Spaces.list(request);
			}
			if (isSingleSegmentUnder(path, v2SpacePrefix)) {
				return v2Spaces.get(request, path.substring(v2SpacePrefix.length()));
			}
			if (path.equals(V1SpaceEndpoints.SPACE_PATH)) {
				return v1Spaces.list(request);
			}
			if (isSingleSegmentUnder(path, taskPrefix)) {
				return v1Spaces.longTask(path.substring(taskPrefix.length()));
			}
			if (path.equals(CurrentUserEndpoint.PATH)) {
				return currentUser.get(authenticated);
			}
		}
		else if (method.equals("POST") && path.equals(V1SpaceEndpoints.SPACE_PATH)) {
			return v1Spaces.create(request, authenticated);
		}
		else if (method.equals("PUT") && isSingleSegmentUnder(path, v1SpacePrefix)) {
			return v1Spaces.update(request, path.substring(v1SpacePrefix.length()), authenticated);
		}
		else if (method.equals("DELETE") && isSingleSegmentUnder(path, v1SpacePrefix)) {
			return v1Spaces.delete(request, path.substring(v1SpacePrefix.length()), authenticated);
		}
		return notFound(request);
	}

	static Response notFound(RecordedRequest request) {
		return ErrorResponses.v1(404, "No resource found for " + request.method() + " " + request.rawPath());
	}

	private static boolean isSingleSegmentUnder(String path, String prefix) {
		return path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
	}
}
