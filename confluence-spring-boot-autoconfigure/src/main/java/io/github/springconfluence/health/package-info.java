/**
 * The actuator health indicator that proves the configured credentials work.
 */
@NullMarked
package io.github.springconfluence.health;

import org.jspecify.annotations.NullMarked;
