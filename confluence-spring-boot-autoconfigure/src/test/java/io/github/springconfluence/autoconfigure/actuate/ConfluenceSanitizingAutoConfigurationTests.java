package io.github.springconfluence.autoconfigure.actuate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ConfluenceSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfluenceSanitizingAutoConfiguration.class));

	@ParameterizedTest
	@ValueSource(strings = { "confluence.api-token", "CONFLUENCE_API_TOKEN", "confluence.apiToken", "apiToken" })
	void masksTheApiTokenInEverySpelling(String key) {
		this.contextRunner.run((context) -> {
			SanitizingFunction function = context.getBean("confluenceApiTokenSanitizingFunction",
					SanitizingFunction.class);
			assertThat(function.apply(new SanitizableData(null, key, "secret-token")).getValue())
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@Test
	void leavesOtherPropertiesAlone() {
		this.contextRunner.run((context) -> {
			SanitizingFunction function = context.getBean("confluenceApiTokenSanitizingFunction",
					SanitizingFunction.class);
			assertThat(function.apply(new SanitizableData(null, "confluence.email", "jane@example.com")).getValue())
				.isEqualTo("jane@example.com");
		});
	}

	@Test
	void userDefinedSanitizingFunctionBacksOff() {
		SanitizingFunction custom = (data) -> data;
		this.contextRunner.withBean("confluenceApiTokenSanitizingFunction", SanitizingFunction.class, () -> custom)
			.run((context) -> {
				assertThat(context).hasSingleBean(SanitizingFunction.class);
				assertThat(context.getBean("confluenceApiTokenSanitizingFunction")).isSameAs(custom);
			});
	}

	@Test
	void noSanitizingFunctionWithoutTheActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean("confluenceApiTokenSanitizingFunction"));
	}

}
