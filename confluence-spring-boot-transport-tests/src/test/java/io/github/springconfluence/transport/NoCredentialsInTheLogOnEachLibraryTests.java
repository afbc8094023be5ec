package io.github.springconfluence.transport;

import java.util.ArrayList;
import java.util.List;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the root logger at DEBUG, whichever library runs the Confluence client, neither
 * the token nor the base64 credentials appear in the output, through reads, writes,
 * retries and errors. The application starts as a real Spring Boot application does, so
 * that Boot's logging is initialised and the starter's logging defaults apply.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(HttpLibrary.class)
@ExtendWith(OutputCaptureExtension.class)
class NoCredentialsInTheLogOnEachLibraryTests {

	/** The starter's warning about a header-printing logger that was turned on. */
	static final String WARNING = "will print the Confluence credentials";

	@Parameter
	HttpLibrary library;

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
	void rootLoggerAtDebugPrintsNoCredentials(CapturedOutput output) {
		List<String> messages = new ArrayList<>();
		try (ConfigurableApplicationContext context = application(this.library, this.fake, "logging.level.root=DEBUG")
			.run()) {
			assertThat(OnEachHttpLibrary
				.requestFactory(context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class)))
				.isInstanceOf(this.library.requestFactoryType());
			ConfluenceSpaceService spaces = context.getBean(ConfluenceSpaceService.class);
			// reads, writes, retries and errors
			spaces.findByKey("NOPE");
			spaces.create(new NewSpace("SECRET", "Hygiene", "check"));
			spaces.update("SECRET", new SpaceUpdate("Hygiene 2", null));
			spaces.delete("SECRET");
			this.fake.inject(Fault.on("GET", OnEachHttpLibrary.SPACES).status(429).header("Retry-After", "0"));
			this.fake.inject(Fault.on("GET", OnEachHttpLibrary.SPACES).status(503));
			this.fake.inject(Fault.on("GET", OnEachHttpLibrary.SPACES).resetConnection());
			spaces.findByKey("NOPE");
			collect(messages, () -> spaces.update("NOPE", new SpaceUpdate("x", null)));
			this.fake.inject(Fault.on("GET", OnEachHttpLibrary.SPACES)
				.times(Fault.ALWAYS)
				.status(401)
				.body("text/plain", "Unauthorized"));
			collect(messages, () -> spaces.findByKey("NOPE"));
		}
		assertThat(this.fake.requests()).hasSizeGreaterThanOrEqualTo(10)
			.allSatisfy((request) -> assertThat(request.header("Authorization"))
				.isEqualTo("Basic " + OnEachHttpLibrary.CREDENTIALS));
		assertThat(messages).hasSize(2);
		// DEBUG really was on: the starter's own retry line is there
		assertThat(output.getAll()).contains("Retrying GET /wiki/api/v2/spaces after 429");
		assertThat(output.getAll() + messages).doesNotContain(OnEachHttpLibrary.TOKEN)
			.doesNotContain(OnEachHttpLibrary.CREDENTIALS)
			.doesNotContain(WARNING);
	}

	static SpringApplicationBuilder application(HttpLibrary library, FakeConfluence fake, String... properties) {
		return new SpringApplicationBuilder(TransportTestApplication.class).web(WebApplicationType.NONE)
			.properties(library.factoryProperty(), "confluence.base-url=" + fake.baseUrl(),
					"confluence.email=" + OnEachHttpLibrary.EMAIL, "confluence.api-token=" + OnEachHttpLibrary.TOKEN,
					"confluence.retry.initial-backoff=1ms", "confluence.retry.max-backoff=2ms",
					"management.health.confluence.enabled=false")
			.properties(properties);
	}

	private static void collect(List<String> messages, Runnable call) {
		try {
			call.run();
			messages.add("no exception");
		}
		catch (ConfluenceException ex) {
			messages.add(ex.toString());
		}
	}

}
