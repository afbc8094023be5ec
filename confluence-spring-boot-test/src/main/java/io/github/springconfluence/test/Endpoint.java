package io.github.springconfluence.test;

import java.io.IOException;

/**
 * What answers one route: a pure function from a call to a {@link Response}, except for
 * uploads, which read their body from {@link ApiCall#body()} as a stream.
 */
@FunctionalInterface
interface Endpoint {

	Response handle(ApiCall call) throws IOException;

}
