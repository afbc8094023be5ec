package io.github.springconfluence.client;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Applies everything that makes a {@link RestClient} a Confluence client: the base URL,
 * the request factory, preemptive Basic authentication (to the configured origin only),
 * same-origin redirects, retries as Atlassian advises, rate-limit observation, typed
 * errors and path-template metric tags. The auto-configuration uses it for the
 * {@code confluenceRestClient}; inject it to build a second client on the same settings,
 * as Spring Boot's {@code RestClientBuilderConfigurer} does for plain clients.
 * <p>
 * The request factory must not retry, follow redirects or keep cookies by itself: the
 * auto-configuration turns those off for each HTTP library Spring Boot supports.
 */
public final class ConfluenceRestClientConfigurer {

	private final ConfluenceConnection connection;

	private final ClientHttpRequestFactory requestFactory;

	private final ClientHttpRequestFactory credentialFreeRequestFactory;

	private final RetryPolicy retryPolicy;

	private final ConfluenceClientMetrics metrics;

	private final @Nullable String observationName;

	private final List<Consumer<RestClient.Builder>> customizers;

	private final RateLimitInterceptor rateLimitInterceptor;

	private ConfluenceRestClientConfigurer(Builder builder) {
		this.connection = builder.connection;
		this.requestFactory = builder.requestFactory;
		this.credentialFreeRequestFactory = (builder.credentialFreeRequestFactory != null)
				? builder.credentialFreeRequestFactory : builder.requestFactory;
		this.retryPolicy = builder.retryPolicy;
		this.metrics = builder.metrics;
		this.observationName = builder.observationName;
		this.customizers = List.copyOf(builder.customizers);
		// One per client, shared by every request path, so that near-limit warnings are
		// rate-limited across JSON calls, uploads and downloads alike.
		this.rateLimitInterceptor = new RateLimitInterceptor(this.metrics, Clock.systemUTC());
	}

	/**
	 * Starts a configurer for a connection.
	 * @param connection the validated connection
	 * @param requestFactory the request factory of the HTTP library to use, with its own
	 * retries, redirects and cookies off
	 * @return the builder
	 */
	public static Builder builder(ConfluenceConnection connection, ClientHttpRequestFactory requestFactory) {
		return new Builder(connection, requestFactory);
	}

	/**
	 * Returns the connection this configurer authenticates with.
	 * @return the connection
	 */
	public ConfluenceConnection connection() {
		return this.connection;
	}

	/**
	 * Configures a builder, typically a clone of Spring Boot's {@code RestClient.Builder}
	 * so that observations, message converters and application-wide customizers apply.
	 * The customizers run after the starter's settings; the starter's interceptors are
	 * added last, so that they run innermost: every retry and redirect hop is
	 * authenticated again, and interceptors added by customizers never see the
	 * {@code Authorization} header.
	 * @param builder the builder to configure
	 * @return the same builder
	 */
	public RestClient.Builder configure(RestClient.Builder builder) {
		builder.baseUrl(this.connection.baseUrl().root().toString())
			.requestFactory(this.requestFactory)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.USER_AGENT, ConfluenceUserAgent.value())
			.defaultStatusHandler(new ConfluenceResponseErrorHandler());
		if (this.observationName != null) {
			builder.observationConvention(
					new ConfluenceClientRequestObservationConvention(this.observationName, this.connection.baseUrl()));
		}
		this.customizers.forEach((customizer) -> customizer.accept(builder));
		builder.requestInterceptor(new TransportFailureInterceptor())
			.requestInterceptor(new RetryInterceptor(this.retryPolicy, this.metrics))
			.requestInterceptor(this.rateLimitInterceptor)
			.requestInterceptor(new SameOriginRedirectInterceptor())
			.requestInterceptor(new ConfluenceBasicAuthInterceptor(this.connection));
		return builder;
	}

	/**
	 * Creates the API client over a Confluence {@link RestClient}, normally one that this
	 * configurer configured. Uploads, downloads and the credential-free hop to
	 * Atlassian's media host do not go through that client's interceptors (Spring buffers
	 * every request body that passes interceptors): they use this configurer's request
	 * factory with the same authentication, retry and error rules.
	 * @param restClient the Confluence client for JSON calls
	 * @return the API client
	 */
	public ConfluenceApiClient apiClient(RestClient restClient) {
		return new ConfluenceApiClient(restClient, new StreamingTransport(this.connection, this.requestFactory,
				this.credentialFreeRequestFactory, this.retryPolicy, this.metrics, this.rateLimitInterceptor));
	}

	/** Collects the configurer's settings. */
	public static final class Builder {

		private final ConfluenceConnection connection;

		private final ClientHttpRequestFactory requestFactory;

		private @Nullable ClientHttpRequestFactory credentialFreeRequestFactory;

		private RetryPolicy retryPolicy = RetryPolicy.of(4, Duration.ofSeconds(5), Duration.ofSeconds(30),
				Duration.ofSeconds(30));

		private ConfluenceClientMetrics metrics = ConfluenceClientMetrics.NONE;

		private @Nullable String observationName = "http.client.requests";

		private final List<Consumer<RestClient.Builder>> customizers = new ArrayList<>();

		private Builder(ConfluenceConnection connection, ClientHttpRequestFactory requestFactory) {
			Assert.notNull(connection, "connection must not be null");
			Assert.notNull(requestFactory, "requestFactory must not be null");
			this.connection = connection;
			this.requestFactory = requestFactory;
		}

		/**
		 * Sets the retries, as Atlassian advises for its rate limits: {@code Retry-After}
		 * when Confluence sends one (up to {@code maxRetryAfter}), otherwise an
		 * exponential backoff with jitter. 429 is retried for every method; 5xx and I/O
		 * failures only for GET, HEAD, PUT and DELETE. Defaults: 4 retries, 5 s doubling
		 * to 30 s, 30 s.
		 * @param maxRetries retries after the first attempt, 0 for none
		 * @param initialBackoff the first backoff without {@code Retry-After}
		 * @param maxBackoff the longest backoff before jitter
		 * @param maxRetryAfter the longest {@code Retry-After} waited for; a longer one
		 * fails at once
		 * @return this builder
		 */
		public Builder retries(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
			Assert.isTrue(maxRetries >= 0, "maxRetries must not be negative");
			Assert.isTrue(!initialBackoff.isNegative() && !maxBackoff.isNegative() && !maxRetryAfter.isNegative(),
					"durations must not be negative");
			this.retryPolicy = RetryPolicy.of(maxRetries, initialBackoff, maxBackoff, maxRetryAfter);
			return this;
		}

		/**
		 * Sets the request factory for the one request that goes to another origin: the
		 * credential-free GET that follows an attachment download's redirect to
		 * Atlassian's media host. It never sees the {@code Authorization} header, so it
		 * may be a different HTTP library; it must not follow redirects or keep cookies
		 * by itself. The auto-configuration uses it to stream large files through
		 * {@code HttpURLConnection} when the client is on the JDK {@code HttpClient},
		 * which allocates a 16 KiB buffer per socket read and downloads at about half the
		 * speed.
		 * @param requestFactory the request factory; by default the client's own
		 * @return this builder
		 */
		public Builder credentialFreeRequestFactory(ClientHttpRequestFactory requestFactory) {
			Assert.notNull(requestFactory, "requestFactory must not be null");
			this.credentialFreeRequestFactory = requestFactory;
			return this;
		}

		/**
		 * Sets what receives retry and rate-limit observations.
		 * @param metrics the metrics, {@link ConfluenceClientMetrics#NONE} by default
		 * @return this builder
		 */
		public Builder metrics(ConfluenceClientMetrics metrics) {
			Assert.notNull(metrics, "metrics must not be null");
			this.metrics = metrics;
			return this;
		}

		/**
		 * Sets the name of the client observation whose {@code uri} tag is reduced to the
		 * path template; {@code null} leaves the builder's own convention in place (for
		 * an application that declares one).
		 * @param observationName the observation name, {@code http.client.requests} by
		 * default
		 * @return this builder
		 */
		public Builder observationName(@Nullable String observationName) {
			this.observationName = observationName;
			return this;
		}

		/**
		 * Adds a customization of the client's builder, applied after the starter's
		 * settings and before its interceptors.
		 * @param customizer the customization
		 * @return this builder
		 */
		public Builder customizer(Consumer<RestClient.Builder> customizer) {
			Assert.notNull(customizer, "customizer must not be null");
			this.customizers.add(customizer);
			return this;
		}

		/**
		 * Builds the configurer.
		 * @return the configurer
		 */
		public ConfluenceRestClientConfigurer build() {
			return new ConfluenceRestClientConfigurer(this);
		}

	}

}
