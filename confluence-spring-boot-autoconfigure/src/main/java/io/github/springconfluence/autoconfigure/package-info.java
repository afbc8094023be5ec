/**
 * Auto-configuration of the Confluence client, its properties and connection details.
 */
@NullMarked
package io.github.springconfluence.autoconfigure;

import org.jspecify.annotations.NullMarked;
