package io.github.springconfluence.test;

/**
 * Assembles the fake's {@link RouteTable}: every endpoint class registers its own routes
 * here. Anything without a route gets the v1 404 envelope.
 */
final class Routes {

	private Routes() {
	}

	static RouteTable table(FakeConfluence fake) {
		RouteTable table = new RouteTable();
		new V2SpaceEndpoints(fake).register(table);
		new V1SpaceEndpoints(fake).register(table);
		new CurrentUserEndpoint(fake).register(table);
		new V2PageEndpoints(fake).register(table);
		new V2PageTreeEndpoints(fake).register(table);
		new V2PageLabelEndpoints(fake).register(table);
		new V2PagePropertyEndpoints(fake).register(table);
		new V1PageEndpoints(fake).register(table);
		new V2AttachmentEndpoints(fake).register(table);
		new V1AttachmentEndpoints(fake).register(table);
		new V2UserEndpoints(fake).register(table);
		new V1SearchEndpoint(fake).register(table);
		return table;
	}

	static Response notFound(RecordedRequest request) {
		return ErrorResponses.v1(404, "No resource found for " + request.method() + " " + request.rawPath());
	}

}
