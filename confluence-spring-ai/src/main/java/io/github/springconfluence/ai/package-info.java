/**
 * Spring AI documents from Confluence pages.
 */
@NullMarked
package io.github.springconfluence.ai;

import org.jspecify.annotations.NullMarked;
