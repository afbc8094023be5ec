/**
 * The sample application.
 */
@NullMarked
package io.github.springconfluence.sample;

import org.jspecify.annotations.NullMarked;
