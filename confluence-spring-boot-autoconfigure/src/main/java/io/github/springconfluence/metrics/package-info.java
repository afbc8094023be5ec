/**
 * Micrometer metrics for the Confluence client's retries and rate limits.
 */
@NullMarked
package io.github.springconfluence.metrics;

import org.jspecify.annotations.NullMarked;
