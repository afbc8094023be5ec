package io.github.springconfluence.transport;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Puts the log levels back after a test that started a Spring Boot application: closing
 * it does not, and the next tests of the JVM would inherit a root logger at DEBUG.
 */
final class LogLevels {

	private LogLevels() {
	}

	static void reset() {
		LoggingSystem system = LoggingSystem.get(LogLevels.class.getClassLoader());
		for (LoggerConfiguration logger : system.getLoggerConfigurations()) {
			if (LoggingSystem.ROOT_LOGGER_NAME.equals(logger.getName())) {
				system.setLogLevel(logger.getName(), LogLevel.INFO);
			}
			else if (logger.getConfiguredLevel() != null) {
				system.setLogLevel(logger.getName(), null);
			}
		}
	}

}
