/**
 * The authenticated HTTP layer: base URL handling, the Basic-auth interceptor, same-origin
 * redirects, error mapping, JSON reading and pagination.
 */
@NullMarked
package io.github.springconfluence.client;

import org.jspecify.annotations.NullMarked;
