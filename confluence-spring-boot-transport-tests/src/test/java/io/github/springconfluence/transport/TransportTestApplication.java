package io.github.springconfluence.transport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with nothing but auto-configuration: what a user's application with the
 * starter gets, for the tests that need Spring Boot's full start-up (logging
 * initialisation, environment post-processors).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TransportTestApplication {

}
