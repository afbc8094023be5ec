/**
 * Auto-configuration of the Confluence client's meters.
 */
@NullMarked
package io.github.springconfluence.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
