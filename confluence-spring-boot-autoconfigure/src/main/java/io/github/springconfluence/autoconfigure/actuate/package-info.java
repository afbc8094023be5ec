/**
 * Auto-configuration that keeps the Confluence API token out of actuator endpoints.
 */
@NullMarked
package io.github.springconfluence.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
