package io.github.springconfluence.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidConfluencePropertyException} as Spring Boot's "APPLICATION
 * FAILED TO START" description and action, instead of a stack trace.
 */
class InvalidConfluencePropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfluencePropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfluencePropertyException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
