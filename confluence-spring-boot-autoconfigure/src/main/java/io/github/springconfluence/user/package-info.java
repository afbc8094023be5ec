/**
 * Confluence users: {@link io.github.springconfluence.user.ConfluenceUserService},
 * display names for account ids, looked up in bulk and cached (page authors and the users
 * that page bodies mention carry account ids only).
 */
@NullMarked
package io.github.springconfluence.user;

import org.jspecify.annotations.NullMarked;
