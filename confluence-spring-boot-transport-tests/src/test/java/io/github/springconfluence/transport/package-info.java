/**
 * The starter's transport guarantees, tested on each HTTP library Spring Boot can pick.
 */
@NullMarked
package io.github.springconfluence.transport;

import org.jspecify.annotations.NullMarked;
