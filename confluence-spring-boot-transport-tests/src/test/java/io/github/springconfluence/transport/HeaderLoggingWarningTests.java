package io.github.springconfluence.transport;

import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.test.FakeConfluence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.springconfluence.transport.NoCredentialsInTheLogOnEachLibraryTests.WARNING;
import static io.github.springconfluence.transport.NoCredentialsInTheLogOnEachLibraryTests.application;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's quiet default for the header-printing loggers is only a default: an
 * application that turns one on explicitly gets it, and one warning at startup naming it.
 */
@ExtendWith(OutputCaptureExtension.class)
class HeaderLoggingWarningTests {

	private static final String HEADERS = "org.apache.hc.client5.http.headers";

	private FakeConfluence fake;

	@BeforeEach
	void startFake() {
		this.fake = FakeConfluence.builder().email(OnEachHttpLibrary.EMAIL).apiToken(OnEachHttpLibrary.TOKEN).start();
	}

	@AfterEach
	void stopFakeAndResetLogLevels() {
		this.fake.stop();
		LogLevels.reset();
	}

	@Test
	void explicitlyEnabledHeaderLoggerGetsExactlyOneWarningNamingIt(CapturedOutput output) {
		try (ConfigurableApplicationContext context = application(HttpLibrary.HTTP_COMPONENTS, this.fake,
				"logging.level." + HEADERS + "=DEBUG")
			.run()) {
			assertThat(output.getAll().split(WARNING, -1)).as("occurrences of the warning").hasSize(2);
			assertThat(output.getAll()).containsPattern("WARN .*Logger " + HEADERS.replace(".", "\\.") + " " + WARNING);
		}
	}

	@Test
	void headerLoggerUnderADebugParentStaysQuiet(CapturedOutput output) {
		try (ConfigurableApplicationContext context = application(HttpLibrary.HTTP_COMPONENTS, this.fake,
				"logging.level.org.apache.hc=DEBUG", "logging.pattern.console=%level %logger %msg%n")
			.run()) {
			context.getBean(ConfluenceSpaceService.class).findByKey("NOPE");
		}
		assertThat(this.fake.requests()).hasSize(1);
		// HttpClient 5 logs at DEBUG, the header loggers excepted
		assertThat(output.getAll()).contains("DEBUG org.apache.hc.client5.http.impl.")
			.doesNotContain("DEBUG org.apache.hc.client5.http.headers")
			.doesNotContain(OnEachHttpLibrary.CREDENTIALS)
			.doesNotContain(WARNING);
	}

}
