package io.github.springconfluence.test;

import java.util.regex.Pattern;

import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import io.swagger.v3.oas.models.PathItem.HttpMethod;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;

/**
 * Where Atlassian's descriptions contradict what Confluence Cloud accepts, each allowed
 * explicitly and narrowly (one message key, one method, one path shape) with the reason,
 * never by switching a check off as a whole. Add an entry only with evidence that real
 * sites accept the request.
 */
final class KnownSpecDefects {

	/**
	 * Both descriptions declare array query parameters (v2 {@code ids}, {@code keys},
	 * {@code labels}, v1 {@code expand}, ...) without a style, which means form style
	 * with explode: repeated parameters. Confluence also takes comma-separated lists
	 * there, documents them that way, and repeats them so in its own next links; so the
	 * values of the parameters an operation declares as arrays are split at commas before
	 * validation ({@link ArrayQueryParameters}), and only those: a comma in a string
	 * parameter, such as the CQL of {@code space in ("A","B")}, is part of the value.
	 * Each piece is still validated against the item schema ({@code ids=1,x} fails).
	 */
	static final boolean COMMA_SEPARATED_ARRAYS = true;

	private KnownSpecDefects() {
	}

	static ValidationErrorsWhitelist v2() {
		return ValidationErrorsWhitelist.create()
			.withRule("v2 DELETE /attachments/{id} declares the id as int64, but attachment ids are 'att' + digits "
					+ "(GET /attachments/{id} on the same path declares the pattern (att)?[0-9]+, and the ids that "
					+ "every attachment listing returns look like att123456)",
					allOf(isRequest(), methodIs(HttpMethod.DELETE),
							messageHasKey("validation.request.parameter.schema.type"),
							requestPathMatches("/wiki/api/v2/attachments/att[0-9]+/?")));
	}

	/**
	 * The request's own path (the library's path rules match the description's template
	 * instead).
	 */
	private static WhitelistRule requestPathMatches(String regex) {
		Pattern pattern = Pattern.compile(regex);
		return (message, operation, request, response) -> request != null
				&& pattern.matcher(request.getPath()).matches();
	}

	static ValidationErrorsWhitelist v1() {
		return ValidationErrorsWhitelist.create();
	}

}
