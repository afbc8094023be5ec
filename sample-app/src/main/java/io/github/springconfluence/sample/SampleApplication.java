package io.github.springconfluence.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web app that lists the Confluence spaces that the configured account can see. Without
 * {@code CONFLUENCE_BASE_URL}, {@code CONFLUENCE_EMAIL} and {@code CONFLUENCE_API_TOKEN}
 * it runs in demo mode against a local fake Confluence.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
