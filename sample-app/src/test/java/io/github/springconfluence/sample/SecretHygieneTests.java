package io.github.springconfluence.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails;
import io.github.springconfluence.autoconfigure.ConfluenceProperties;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.NewSpace;
import io.github.springconfluence.space.SpaceUpdate;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.Fault;
import io.github.springconfluence.test.WithFakeConfluence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token and the Authorization value appear nowhere: not in logs at TRACE (root at
 * DEBUG), not in exception messages, toString() or health details, and not in
 * {@code /actuator/configprops} or {@code /actuator/env} even when they show values.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=DEBUG", "logging.level.io.github.springconfluence=TRACE",
				"logging.level.org.springframework.web=TRACE", "logging.level.org.springframework.http=TRACE",
				"management.endpoints.web.exposure.include=health,configprops,env",
				"management.endpoint.configprops.show-values=ALWAYS", "management.endpoint.env.show-values=ALWAYS",
				"confluence.health.cache-ttl=0", "confluence.retry.initial-backoff=1ms",
				"confluence.retry.max-backoff=2ms" })
@WithFakeConfluence(spaces = 3)
class SecretHygieneTests {

	@LocalServerPort
	private int port;

	@Autowired
	private FakeConfluence confluence;

	@Autowired
	private ConfluenceSpaceService spaces;

	@Autowired
	private ConfluenceProperties properties;

	@Autowired
	private ConfluenceConnectionDetails connectionDetails;

	@Test
	void aFullRunRevealsNoSecret(CapturedOutput output) {
		String token = this.confluence.apiToken();
		String credentials = Base64.getEncoder()
			.encodeToString((this.confluence.email() + ":" + token).getBytes(StandardCharsets.UTF_8));
		this.confluence.reset();
		List<String> revealed = new ArrayList<>();

		// reads, writes, retries and errors
		this.spaces.spaces().toList();
		this.spaces.create(new NewSpace("SECRET", "Hygiene", "check"));
		this.spaces.update("SECRET", new SpaceUpdate("Hygiene 2", null));
		this.spaces.delete("SECRET");
		this.confluence.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(429).header("Retry-After", "0"));
		this.spaces.findByKey("SPACE1");
		collect(revealed, () -> this.spaces.update("NOPE", new SpaceUpdate("x", null)));
		this.confluence.inject(Fault.on("GET", "/wiki/api/v2/spaces")
			.times(Fault.ALWAYS)
			.status(401)
			.body("text/plain", "Basic authentication with passwords is deprecated."));
		collect(revealed, () -> this.spaces.findByKey("SPACE1"));
		this.confluence.clearFaults();
		this.confluence
			.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(200).body("text/html", "<html>login</html>"));
		collect(revealed, () -> this.spaces.findByKey("SPACE1"));
		assertThat(this.confluence.requests())
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo("Basic " + credentials));

		// health, configprops and env over HTTP
		RestClient app = RestClient.create("http://127.0.0.1:" + this.port);
		revealed.add(app.get().uri("/actuator/health").retrieve().body(String.class));
		this.confluence.inject(Fault.on("GET", "/wiki/api/v2/spaces").status(401).body("text/plain", "Unauthorized"));
		revealed.add(app.get()
			.uri("/actuator/health")
			.exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		String configprops = app.get().uri("/actuator/configprops").retrieve().body(String.class);
		String env = app.get().uri("/actuator/env").retrieve().body(String.class);
		String envProperty = app.get()
			.uri("/actuator/env/confluence.api-token")
			.exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
		revealed.add(configprops);
		revealed.add(env);
		revealed.add(envProperty);
		revealed.add(this.properties.toString());
		revealed.add(this.connectionDetails.toString());

		assertThat(configprops).contains("\"confluence\"").contains(this.confluence.baseUrl());
		assertThat(env).contains("confluence.api-token").contains("******");
		assertThat(revealed).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).doesNotContain(token).doesNotContain(credentials));
		assertThat(output.getAll()).contains("GET").doesNotContain(token).doesNotContain(credentials);
	}

	private static void collect(List<String> revealed, Runnable call) {
		try {
			call.run();
			revealed.add("no exception");
		}
		catch (ConfluenceException ex) {
			revealed.add(String.valueOf(ex.getMessage()));
			revealed.add(ex.toString());
		}
	}

}
