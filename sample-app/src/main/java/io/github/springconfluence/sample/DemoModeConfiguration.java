package io.github.springconfluence.sample;

import java.nio.charset.StandardCharsets;

import io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakePage;
import io.github.springconfluence.test.FakeSpace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: with no Confluence settings at all, start a local fake Confluence with a few
 * spaces and a small page tree, and point the starter at it through a
 * {@link ConfluenceConnectionDetails} bean, the same seam an application uses to take
 * credentials from a vault.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class DemoModeConfiguration {

	private static final Log logger = LogFactory.getLog(DemoModeConfiguration.class);

	@Bean(destroyMethod = "stop")
	FakeConfluence demoConfluence() {
		FakeConfluence fake = FakeConfluence.builder()
			.space(FakeSpace.of("ENG", "Engineering").withDescription("How we build things"))
			.space(FakeSpace.of("OPS", "Operations").withDescription("Runbooks and on-call"))
			.space(FakeSpace.of("HR", "People").withDescription("Handbook and policies"))
			.space(FakeSpace.of("ARCHIVE", "Old projects").withStatus("archived"))
			.space(FakeSpace.of("~jane", "Jane Doe").withType("personal"))
			.start();
		seedPages(fake);
		logger.warn("DEMO MODE: CONFLUENCE_BASE_URL, CONFLUENCE_EMAIL and CONFLUENCE_API_TOKEN are not set, so this "
				+ "app talks to a local fake Confluence at " + fake.baseUrl()
				+ " with made-up spaces. To use your site, "
				+ "set CONFLUENCE_BASE_URL=https://your-site.atlassian.net, CONFLUENCE_EMAIL (your Atlassian account "
				+ "email) and CONFLUENCE_API_TOKEN (from https://id.atlassian.com/manage-profile/security/api-tokens).");
		return fake;
	}

	/**
	 * A small page tree to browse ({@code GET /spaces/ENG/pages}), search
	 * ({@code GET /search?q=failover}) and download from ({@code GET
	 * /pages/{id}/attachments}).
	 */
	private static void seedPages(FakeConfluence fake) {
		FakePage architecture = fake.addPage("ENG", "Architecture", null, "<p>How the system fits together.</p>");
		fake.addPage("ENG", "Services", architecture.id(), "<h2>Services</h2><ul><li>billing</li><li>search</li></ul>");
		fake.addPage("ENG", "Data model", architecture.id(), "<p>Tables, events and who owns them.</p>");
		fake.addAttachment(architecture.id(), "system-overview.txt", "text/plain",
				"web -> api -> billing, search\n".getBytes(StandardCharsets.UTF_8));
		fake.addPage("ENG", "Release notes", null, "<p>What changed, release by release.</p>");
		FakePage runbooks = fake.addPage("OPS", "Runbooks", null, "<p>What to do when it breaks.</p>");
		fake.addPage("OPS", "Database failover", runbooks.id(), "<ol><li>Page the on-call DBA.</li></ol>");
	}

	@Bean
	ConfluenceConnectionDetails demoConnectionDetails(FakeConfluence demoConfluence) {
		return new ConfluenceConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return demoConfluence.baseUrl();
			}

			@Override
			public String getEmail() {
				return demoConfluence.email();
			}

			@Override
			public String getApiToken() {
				return demoConfluence.apiToken();
			}

			@Override
			public String toString() {
				return "DemoConnectionDetails[baseUrl=" + demoConfluence.baseUrl() + "]";
			}

		};
	}

}
