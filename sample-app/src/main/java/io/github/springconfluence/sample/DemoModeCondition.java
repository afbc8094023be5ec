package io.github.springconfluence.sample;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when none of {@code confluence.base-url}, {@code confluence.email} and
 * {@code confluence.api-token} is set and the starter is not disabled. When only some are
 * set, the app is not in demo mode and the starter's startup check names the missing one.
 */
class DemoModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return context.getEnvironment().getProperty("confluence.enabled", Boolean.class, true)
				&& !StringUtils.hasText(context.getEnvironment().getProperty("confluence.base-url"))
				&& !StringUtils.hasText(context.getEnvironment().getProperty("confluence.email"))
				&& !StringUtils.hasText(context.getEnvironment().getProperty("confluence.api-token"));
	}

}
