package io.github.springconfluence.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.time.Duration;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceRedirectException;
import io.github.springconfluence.TestContexts;
import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.FakeSpace;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Binary downloads through {@link ConfluenceApiClient#download} and {@code open}, over
 * real HTTP: the v1 download route answers 302 to the media host, which is followed
 * without credentials or cookies, https only (loopback http for tests), and a short body
 * fails.
 */
class StreamingDownloadTests {

	private static final String DOWNLOAD = "/wiki/rest/api/content/{pageId}/child/attachment/{id}/download";

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().space(FakeSpace.of("ENG", "Engineering")));

	private static final FakeConfluence fake = confluence.fake();

	private final ApplicationContextRunner contextRunner = TestContexts.runner(fake)
		.withPropertyValues("confluence.retry.max-retries=0");

	private FakePage page;

	@BeforeEach
	void addPage() {
		this.page = fake.addPage("ENG", "Download source " + System.nanoTime());
	}

	@Test
	void onTheJdkClientTheMediaHopStreamsThroughHttpUrlConnection() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "fast.bin", "application/octet-stream", 4096);
		this.contextRunner.run((context) -> context.getBean(ConfluenceApiClient.class)
			.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id()));
		// The site's request on the JDK HttpClient, the credential-free hop on
		// HttpURLConnection, which reads large bodies at twice the speed (BENCHMARKS.md).
		assertThat(fake.requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Upgrade")).isEqualTo("h2c"));
		assertThat(fake.mediaRequests()).singleElement().satisfies((request) -> {
			// The JDK HttpClient offers an h2c upgrade on every plain-http request;
			// HttpURLConnection never does.
			assertThat(request.header("Upgrade")).isNull();
			assertThat(request.header("Connection")).isEqualTo("keep-alive");
			assertThat(request.header("Authorization")).isNull();
		});
	}

	@Test
	void closingAnUnfinishedDownloadDropsTheConnectionInsteadOfReadingTheRest() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "huge.bin", "application/octet-stream",
				64L * 1024 * 1024);
		// Half the file, then nothing for a minute: a close that drains the rest waits
		// (5 s seen here, against 3 ms for a close that drops the connection).
		fake.injectMedia(Fault.on("GET", "/file/*").stallBody(Duration.ofSeconds(60)));
		this.contextRunner.run((context) -> assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			try (ConfluenceDownload download = context.getBean(ConfluenceApiClient.class)
				.open(DOWNLOAD, this.page.id(), attachment.id())) {
				assertThat(download.body().read()).isEqualTo(FakeAttachment.generatedByte(0) & 0xFF);
			}
		}));
	}

	@Test
	void aJvmWideCookieHandlerKeepsTheMediaHopOnTheClientsOwnCookielessLibrary() {
		fake.setCookieOnResponses(true);
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "cookies.bin", "application/octet-stream", 4096);
		CookieHandler previous = CookieHandler.getDefault();
		// HttpURLConnection would send what this handler stored (the fake's media origin
		// is on the same host, another port): the hop must not use it.
		CookieHandler.setDefault(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		try {
			this.contextRunner.run((context) -> {
				ConfluenceApiClient api = context.getBean(ConfluenceApiClient.class);
				api.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id());
				api.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id());
			});
		}
		finally {
			CookieHandler.setDefault(previous);
		}
		assertThat(fake.mediaRequests()).hasSize(2).allSatisfy((request) -> {
			assertThat(request.header("Cookie")).isNull();
			assertThat(request.header("Upgrade")).isEqualTo("h2c");
		});
	}

	@Test
	void followsTheMediaRedirectWithoutCredentialsOrCookies() {
		fake.setCookieOnResponses(true);
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "big.bin", "application/octet-stream",
				5 * 1024 * 1024 + 17);
		this.contextRunner.run((context) -> {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (OutputStream target = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				long written = context.getBean(ConfluenceApiClient.class)
					.download(DOWNLOAD, target, this.page.id(), attachment.id());
				assertThat(written).isEqualTo(attachment.fileSize());
			}
			assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(attachment.sha256());
			// Twice, so that a cookie the site set on the first response could be
			// replayed.
			context.getBean(ConfluenceApiClient.class)
				.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id());
		});
		assertThat(fake.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("Basic "));
		assertThat(fake.mediaRequests()).hasSize(2).allSatisfy((request) -> {
			assertThat(request.header("Authorization")).isNull();
			assertThat(request.header("Cookie")).isNull();
			assertThat(request.rawQuery()).contains("token=");
		});
	}

	@Test
	void followsAFurtherHopOnTheMediaHostWithoutCredentials() {
		fake.mediaRedirectHop(true);
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "a.txt", "text/plain", 1000);
		this.contextRunner.run((context) -> assertThat(context.getBean(ConfluenceApiClient.class)
			.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id())).isEqualTo(1000));
		assertThat(fake.mediaRequests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
	}

	@Test
	void openStreamsTheBodyWithItsLengthAndType() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "doc.pdf", "application/pdf", 300_000);
		this.contextRunner.run((context) -> {
			try (ConfluenceDownload download = context.getBean(ConfluenceApiClient.class)
				.open(DOWNLOAD, this.page.id(), attachment.id()); InputStream body = download.body()) {
				assertThat(download.contentLength()).isEqualTo(300_000);
				assertThat(download.contentType()).hasToString("application/pdf");
				byte[] first = body.readNBytes(10);
				for (int i = 0; i < first.length; i++) {
					assertThat(first[i]).isEqualTo(FakeAttachment.generatedByte(i));
				}
			}
		});
	}

	@Test
	void refusesToFollowPlainHttpToAHostThatIsNotLoopback() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "a.txt", "text/plain", 10);
		fake.downloadRedirectLocation("http://media.example.com/file/1/binary?token=secret-token");
		this.contextRunner.run((context) -> {
			ConfluenceRedirectException ex = catchThrowableOfType(ConfluenceRedirectException.class,
					() -> context.getBean(ConfluenceApiClient.class)
						.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id()));
			assertThat(ex.statusCode()).isEqualTo(302);
			assertThat(ex).hasMessageNotContaining("secret-token");
		});
		assertThat(fake.mediaRequests()).isEmpty();
	}

	@Test
	void aBodyCutShortFailsTheDownload() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "a.bin", "application/octet-stream", 200_000);
		fake.injectMedia(Fault.on("GET", "/file/*").truncateBody());
		this.contextRunner.run((context) -> assertThat(catchThrowableOfType(ConfluenceException.class,
				() -> context.getBean(ConfluenceApiClient.class)
					.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id())))
			.isNotNull());
	}

	@Test
	void aMediaErrorIsTypedAndKeepsTheTokenOutOfTheMessage() {
		FakeAttachment attachment = fake.addAttachment(this.page.id(), "a.bin", "application/octet-stream", 10);
		fake.injectMedia(Fault.on("GET", "/file/*").status(403));
		this.contextRunner.run((context) -> {
			ConfluenceException ex = catchThrowableOfType(ConfluenceException.class,
					() -> context.getBean(ConfluenceApiClient.class)
						.download(DOWNLOAD, OutputStream.nullOutputStream(), this.page.id(), attachment.id()));
			assertThat(ex.statusCode()).isEqualTo(403);
			assertThat(ex).hasMessageNotContaining("token=");
		});
	}

}
