/**
 * Auto-configuration of the Confluence health indicator.
 */
@NullMarked
package io.github.springconfluence.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
