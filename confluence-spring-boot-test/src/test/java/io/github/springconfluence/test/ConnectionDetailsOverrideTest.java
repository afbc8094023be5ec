package io.github.springconfluence.test;

import io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(ConnectionDetailsOverrideTest.Config.class)
@WithFakeConfluence(pathPrefix = "/ex/confluence/vault")
class ConnectionDetailsOverrideTest {

	@Autowired
	ConfluenceConnectionDetails details;

	@Autowired
	VaultMarker vault;

	@Autowired
	FakeConfluence fake;

	@Test
	void theApplicationsOwnConnectionDetailsPointAtTheFake() {
		assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl()).isNotEqualTo(VaultDetails.REAL_SITE);
		assertThat(details.getEmail()).isEqualTo(fake.email());
		assertThat(details.getApiToken()).isEqualTo(fake.apiToken());
		assertThat(details.toString()).doesNotContain(fake.apiToken()).contains("vaultDetails").contains(fake.baseUrl());
	}

	@Test
	void otherInterfacesOfTheBeanStillReachTheApplicationsBean() {
		assertThat(vault).isSameAs(details);
		assertThat(vault.vaultPath()).isEqualTo("secret/confluence");
	}

	/** Another interface of the application's bean, to show it survives the replacement. */
	interface VaultMarker {

		String vaultPath();
	}

	/** What an application reading credentials from a vault declares. */
	static final class VaultDetails implements ConfluenceConnectionDetails, VaultMarker {

		static final String REAL_SITE = "https://real-site.atlassian.net";

		@Override
		public String getBaseUrl() {
			return REAL_SITE;
		}

		@Override
		public String getEmail() {
			return "someone@real-site.example";
		}

		@Override
		public String getApiToken() {
			return "real-token";
		}

		@Override
		public String vaultPath() {
			return "secret/confluence";
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		@Bean
		VaultDetails vaultDetails() {
			return new VaultDetails();
		}
	}
}
