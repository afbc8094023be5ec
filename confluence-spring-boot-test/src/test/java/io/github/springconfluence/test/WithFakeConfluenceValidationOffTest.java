package io.github.springconfluence.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(WithFakeConfluenceValidationOffTest.Config.class)
@WithFakeConfluence(validateRequests = false)
class WithFakeConfluenceValidationOffTest {

	@Autowired
	FakeConfluence fake;

	@Test
	void theAttributeTurnsValidationOff() {
		assertThat(fake.isValidatingRequests()).isFalse();
		assertThat(Http.get(fake, "/wiki/api/v2/spaces?not-described=1").statusCode()).isEqualTo(200);
		assertThat(fake.rejectedRequests()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
