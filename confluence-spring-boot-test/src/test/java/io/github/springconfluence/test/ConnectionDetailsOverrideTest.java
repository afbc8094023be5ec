package io.github.springconfluence.test;

import io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application declares its own connection details (as the README recommends for
 * credentials from a vault); {@link WithFakeConfluence} must still point them at the
 * fake. The interface is a test-only copy with the real one's name (see
 * {@code src/test/java/io/github/springconfluence/autoconfigure}).
 */
@SpringJUnitConfig(ConnectionDetailsOverrideTest.Config.class)
@WithFakeConfluence(pathPrefix = "/ex/confluence/vault")
class ConnectionDetailsOverrideTest {

	@Autowired
	@Qualifier("vaultDetails")
	ConfluenceConnectionDetails details;

	@Autowired
	VaultDetails byClass;

	@Autowired
	VaultMarker vault;

	@Autowired
	@Qualifier("recordDetails")
	ConfluenceConnectionDetails record;

	@Autowired
	FakeConfluence fake;

	@Test
	void theApplicationsOwnConnectionDetailsPointAtTheFake() {
		assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl()).isNotEqualTo(VaultDetails.REAL_SITE);
		assertThat(details.getEmail()).isEqualTo(fake.email());
		assertThat(details.getApiToken()).isEqualTo(fake.apiToken());
		assertThat(details.toString()).doesNotContain(fake.apiToken())
			.contains("vaultDetails")
			.contains(fake.baseUrl());
	}

	@Test
	void aBeanInjectedByItsClassOrAnotherInterfaceIsTheSameReplacedBean() {
		assertThat(byClass).isSameAs(details);
		assertThat(byClass.getBaseUrl()).isEqualTo(fake.baseUrl());
		assertThat(vault).isSameAs(details);
		assertThat(vault.vaultPath()).isEqualTo("secret/confluence");
	}

	@Test
	void aFinalClassIsReplacedThroughItsInterfaces() {
		assertThat(record).isNotInstanceOf(RecordDetails.class);
		assertThat(record.getBaseUrl()).isEqualTo(fake.baseUrl());
		assertThat(record.getApiToken()).isEqualTo(fake.apiToken());
		assertThat(record.toString()).doesNotContain("record-token").doesNotContain(fake.apiToken());
	}

	/**
	 * Another interface of the application's bean, to show it survives the replacement.
	 */
	interface VaultMarker {

		String vaultPath();

	}

	/** What an application reading credentials from a vault declares. */
	static class VaultDetails implements ConfluenceConnectionDetails, VaultMarker {

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

	/** A record cannot be subclassed: only its interfaces can be proxied. */
	record RecordDetails(String getBaseUrl, String getEmail,
			String getApiToken) implements ConfluenceConnectionDetails {
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		@Bean
		VaultDetails vaultDetails() {
			return new VaultDetails();
		}

		@Bean
		ConfluenceConnectionDetails recordDetails() {
			return new RecordDetails("https://record.atlassian.net", "r@example.com", "record-token");
		}

	}

}
