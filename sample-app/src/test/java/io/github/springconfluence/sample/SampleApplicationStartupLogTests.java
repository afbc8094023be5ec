package io.github.springconfluence.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What the sample app tells its user on startup, in demo mode and when settings are
 * incomplete.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationStartupLogTests {

	@Test
	void demoModeSaysSoAndListsTheSpaces(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
			.web(WebApplicationType.NONE)
			.run("--confluence.base-url=", "--confluence.email=", "--confluence.api-token=")) {
			assertThat(output).contains("DEMO MODE")
				.contains("CONFLUENCE_BASE_URL")
				.contains("Confluence spaces visible to this account:")
				.contains("ENG  Engineering  (global, current)")
				.doesNotContain("fake-api-token");
		}
	}

	@Test
	void incompleteSettingsFailAtStartupNamingTheProperty(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
				.run("--confluence.base-url=https://example.atlassian.net", "--confluence.email=",
						"--confluence.api-token="));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("confluence.email is not set")
			.contains("CONFLUENCE_EMAIL");
	}

}
