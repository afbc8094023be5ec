/**
 * The authenticated HTTP layer: base URL handling, the Basic-auth interceptor, same-origin
 * redirects, retries, rate-limit observation, error mapping, JSON reading and pagination.
 * <p>
 * Application code uses {@link io.github.springconfluence.client.ConfluenceApiClient},
 * {@link io.github.springconfluence.client.ConfluenceResponse},
 * {@link io.github.springconfluence.client.ConfluenceBaseUrl} and
 * {@link io.github.springconfluence.client.ConfluenceClientMetrics}. The other public types here
 * are public so that the starter's own packages can share them; they are internal and may change
 * between minor versions.
 */
@NullMarked
package io.github.springconfluence.client;

import org.jspecify.annotations.NullMarked;
