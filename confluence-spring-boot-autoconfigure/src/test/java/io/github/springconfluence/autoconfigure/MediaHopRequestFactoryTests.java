package io.github.springconfluence.autoconfigure;

import java.net.ProxySelector;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.http.client.ClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the media hop leaves the JDK client for {@code HttpURLConnection}: only when the
 * client connects as {@code HttpURLConnection} would, so that the hop never goes through
 * another proxy, SSL configuration or authenticator than the client. (The other libraries
 * keep the hop: {@code confluence-spring-boot-transport-tests}.)
 */
class MediaHopRequestFactoryTests {

	private static final HttpClientSettings SETTINGS = HttpClientSettings.defaults()
		.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30))
		.withRedirects(HttpRedirects.DONT_FOLLOW);

	@Test
	void theJdkClientWithItsDefaultsHandsTheHopToHttpUrlConnection() {
		ClientHttpRequestFactory client = HttpLibraryDefaults.requestFactory(ClientHttpRequestFactoryBuilder.jdk(),
				SETTINGS);
		assertThat(HttpLibraryDefaults.credentialFreeRequestFactory(SETTINGS, client))
			.isInstanceOf(MediaHopRequestFactory.class);
	}

	@Test
	void aJdkClientWithItsOwnProxyKeepsTheHop() {
		ClientHttpRequestFactory client = HttpLibraryDefaults.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((builder) -> builder.proxy(ProxySelector.of(null))), SETTINGS);
		assertThat(HttpLibraryDefaults.credentialFreeRequestFactory(SETTINGS, client)).isSameAs(client);
	}

	@Test
	void anSslBundleKeepsTheHopOnTheClientEvenWithOptionsThatHttpUrlConnectionCannotTake() {
		HttpClientSettings withBundle = SETTINGS.withSslBundle(SslBundle.of(SslStoreBundle.NONE, null,
				SslOptions.of(new String[] { "TLS_AES_128_GCM_SHA256" }, new String[] { "TLSv1.3" })));
		ClientHttpRequestFactory client = HttpLibraryDefaults.requestFactory(ClientHttpRequestFactoryBuilder.jdk(),
				withBundle);
		assertThat(HttpLibraryDefaults.credentialFreeRequestFactory(withBundle, client)).isSameAs(client);
	}

}
