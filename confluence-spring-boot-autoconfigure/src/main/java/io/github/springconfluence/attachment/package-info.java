/**
 * Confluence attachments:
 * {@link io.github.springconfluence.attachment.ConfluenceAttachmentService} lists,
 * uploads (streamed from a {@code Resource}), downloads (streamed, through the
 * credential-free media hop) and deletes them.
 */
@NullMarked
package io.github.springconfluence.attachment;

import org.jspecify.annotations.NullMarked;
