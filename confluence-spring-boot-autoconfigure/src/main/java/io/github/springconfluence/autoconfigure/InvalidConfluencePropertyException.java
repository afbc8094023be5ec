package io.github.springconfluence.autoconfigure;

import io.github.springconfluence.ConfluenceException;

/**
 * A {@code confluence.*} setting that cannot work, found at startup. Spring Boot's
 * failure analysis prints its description and the action to take. It never carries a
 * secret value.
 */
public class InvalidConfluencePropertyException extends ConfluenceException {

	private final String property;

	private final String action;

	/**
	 * Creates an exception.
	 * @param property the property, such as {@code confluence.api-token}
	 * @param problem what is wrong with it, without its value if it is secret
	 * @param action what to do about it
	 */
	public InvalidConfluencePropertyException(String property, String problem, String action) {
		super(problem, 0, null, null);
		this.property = property;
		this.action = action;
	}

	/**
	 * Returns the property at fault.
	 * @return the property name
	 */
	public String property() {
		return this.property;
	}

	/**
	 * Returns what to do about it.
	 * @return the action
	 */
	public String action() {
		return this.action;
	}

}
