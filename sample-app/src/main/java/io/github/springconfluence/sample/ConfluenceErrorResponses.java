package io.github.springconfluence.sample;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.ConfluenceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a Confluence failure with 502 Bad Gateway and the starter's message (which says
 * what to do and never contains a secret), something Confluence does not have (a page id
 * that does not exist) with 404, and an invalid argument with 400.
 */
@RestControllerAdvice
class ConfluenceErrorResponses {

	@ExceptionHandler
	ProblemDetail confluenceFailed(ConfluenceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
		problem.setTitle("Confluence request failed");
		problem.setProperty("confluenceStatus", ex.statusCode());
		if (ex.traceId() != null) {
			problem.setProperty("traceId", ex.traceId());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(ConfluenceNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found in Confluence");
		if (ex.traceId() != null) {
			problem.setProperty("traceId", ex.traceId());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
