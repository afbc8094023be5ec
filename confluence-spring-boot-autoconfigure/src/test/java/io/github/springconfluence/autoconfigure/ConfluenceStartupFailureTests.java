package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings that cannot work fail the application at startup, through Spring Boot's
 * failure analysis, with the property, its environment variable and what to do, and never
 * a secret.
 */
class ConfluenceStartupFailureTests {

	private static final String TOKEN = "tok3n-SECRET-value";

	private final ApplicationContextRunner contextRunner = TestContexts.runner();

	private static String[] valid() {
		return new String[] { "confluence.base-url=https://example.atlassian.net", "confluence.email=jane@example.com",
				"confluence.api-token=" + TOKEN };
	}

	@Test
	void validSettingsStart() {
		this.contextRunner.withPropertyValues(valid()).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void missingBaseUrlFails() {
		this.contextRunner.withPropertyValues("confluence.email=jane@example.com", "confluence.api-token=" + TOKEN)
			.run((context) -> assertFailure(context, "confluence.base-url", "CONFLUENCE_BASE_URL", "is not set"));
	}

	@Test
	void blankEmailFails() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.email=   ")
			.run((context) -> assertFailure(context, "confluence.email", "CONFLUENCE_EMAIL", "is not set"));
	}

	@Test
	void missingApiTokenFails() {
		this.contextRunner
			.withPropertyValues("confluence.base-url=https://example.atlassian.net",
					"confluence.email=jane@example.com")
			.run((context) -> assertFailure(context, "confluence.api-token", "CONFLUENCE_API_TOKEN", "is not set"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.atlassian.net", "ftp://example.atlassian.net", "https://", "/wiki",
			"https://exa mple.atlassian.net" })
	void baseUrlThatIsNotAnAbsoluteHttpUrlFails(String baseUrl) {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.base-url=" + baseUrl)
			.run((context) -> assertFailure(context, "confluence.base-url", "CONFLUENCE_BASE_URL", "is invalid"));
	}

	@Test
	void plainHttpToARemoteHostFailsAndSaysToUseHttps() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.base-url=http://example.atlassian.net")
			.run((context) -> {
				FailureAnalysis analysis = assertFailure(context, "confluence.base-url", "CONFLUENCE_BASE_URL",
						"plain http");
				assertThat(analysis.getAction()).contains("https://example.atlassian.net");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8090", "http://localhost:8090/wiki", "http://[::1]:8090" })
	void plainHttpToLoopbackIsAllowed(String baseUrl) {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.base-url=" + baseUrl)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void baseUrlWithUserInfoFailsWithoutEchoingIt() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.base-url=https://jane:hunter2@example.atlassian.net")
			.run((context) -> {
				assertFailure(context, "confluence.base-url", "CONFLUENCE_BASE_URL", "user info");
				assertThat(context.getStartupFailure()).rootCause().message().doesNotContain("hunter2");
			});
	}

	@Test
	void emailWithoutAtSignFails() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.email=jane.example.com")
			.run((context) -> assertFailure(context, "confluence.email", "CONFLUENCE_EMAIL", "no '@'"));
	}

	@Test
	void controlCharacterInsideEmailFails() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.email=jane@example.com\r\nX-Injected: yes")
			.run((context) -> assertFailure(context, "confluence.email", "CONFLUENCE_EMAIL", "control character"));
	}

	@Test
	void controlCharacterInsideApiTokenFailsWithoutEchoingIt() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.api-token=abc\ndef-" + TOKEN)
			.run((context) -> assertFailure(context, "confluence.api-token", "CONFLUENCE_API_TOKEN",
					"control character"));
	}

	@Test
	void nonPositiveTimeoutsFail() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.read-timeout=0s")
			.run((context) -> assertFailure(context, "confluence.read-timeout", "CONFLUENCE_READ_TIMEOUT",
					"must be positive"));
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.connect-timeout=-1s")
			.run((context) -> assertFailure(context, "confluence.connect-timeout", "CONFLUENCE_CONNECT_TIMEOUT",
					"must be positive"));
	}

	@Test
	void negativeRetryAndCacheSettingsFail() {
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.retry.max-retries=-1")
			.run((context) -> assertFailure(context, "confluence.retry.max-retries", "CONFLUENCE_RETRY_MAX_RETRIES",
					"negative"));
		this.contextRunner.withPropertyValues(valid())
			.withPropertyValues("confluence.health.cache-ttl=-5s")
			.run((context) -> assertFailure(context, "confluence.health.cache-ttl", "CONFLUENCE_HEALTH_CACHE_TTL",
					"must not be negative"));
	}

	@Test
	void invalidConnectionDetailsBeanIsNamed() {
		ConfluenceConnectionDetails details = new ConfluenceConnectionDetails() {
			@Override
			public String getBaseUrl() {
				return "https://example.atlassian.net";
			}

			@Override
			public String getEmail() {
				return "jane@example.com";
			}

			@Override
			public String getApiToken() {
				return " ";
			}
		};
		this.contextRunner.withBean(ConfluenceConnectionDetails.class, () -> details).run((context) -> {
			FailureAnalysis analysis = assertFailure(context, "confluence.api-token", "CONFLUENCE_API_TOKEN",
					"is not set");
			assertThat(analysis.getDescription()).contains("ConfluenceConnectionDetails bean");
			assertThat(analysis.getAction()).contains("Fix that bean's value");
		});
	}

	private static FailureAnalysis assertFailure(AssertableApplicationContext context, String property,
			String environmentVariable, String problem) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		assertThat(failure).rootCause().isInstanceOf(InvalidConfluencePropertyException.class);
		FailureAnalysis analysis = new InvalidConfluencePropertyFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains(property).contains(problem).doesNotContain(TOKEN);
		assertThat(analysis.getAction()).contains(property).contains(environmentVariable).doesNotContain(TOKEN);
		assertThat(String.valueOf(failure)).doesNotContain(TOKEN);
		return analysis;
	}

}
