/**
 * The client core that every Confluence resource stands on.
 * <p>
 * Public, and a promise: {@link io.github.springconfluence.client.ConfluenceApiClient}
 * (JSON calls, paged streams, streamed uploads and downloads),
 * {@link io.github.springconfluence.client.ConfluenceResponse},
 * {@link io.github.springconfluence.client.ConfluenceListContext},
 * {@link io.github.springconfluence.client.ConfluenceMultipart},
 * {@link io.github.springconfluence.client.ConfluenceDownload},
 * {@link io.github.springconfluence.client.ConfluenceBaseUrl},
 * {@link io.github.springconfluence.client.ConfluenceConnection},
 * {@link io.github.springconfluence.client.ConfluenceRestClientConfigurer}, and the
 * metrics SPI {@link io.github.springconfluence.client.ConfluenceClientMetrics} with
 * {@link io.github.springconfluence.client.ConfluenceRetryReason}.
 * <p>
 * Everything else here is package-private machinery: the authentication, redirect, retry,
 * rate-limit and transport-failure interceptors, the retry policy, the exception factory
 * and error-message parser, the JSON mapper and timestamp reader, the list envelope,
 * paging and next-link rules, and the streaming transport. A build test (ArchUnit) holds
 * the layering: this package depends on the root package only, and resource packages on
 * this one and the root package only.
 */
@NullMarked
package io.github.springconfluence.client;

import org.jspecify.annotations.NullMarked;
