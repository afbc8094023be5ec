package io.github.springconfluence.sample;

import java.util.List;

import io.github.springconfluence.ConfluenceException;
import io.github.springconfluence.space.ConfluenceSpaceService;
import io.github.springconfluence.space.Space;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Logs, once the app has started, the spaces that the account can see. A Confluence
 * failure is logged with its message (which says what to do), and the app keeps running
 * so that {@code /actuator/health} can show it.
 */
@Component
class StartupSpaceLogger implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(StartupSpaceLogger.class);

	private static final int SHOWN = 20;

	private final ConfluenceSpaceService spaces;

	StartupSpaceLogger(ConfluenceSpaceService spaces) {
		this.spaces = spaces;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			List<Space> first = this.spaces.spaces().limit(SHOWN + 1).toList();
			StringBuilder message = new StringBuilder("Confluence spaces visible to this account:");
			first.stream()
				.limit(SHOWN)
				.forEach((space) -> message.append("\n  ")
					.append(space.key())
					.append("  ")
					.append(space.name())
					.append("  (")
					.append(space.type())
					.append(", ")
					.append(space.status())
					.append(")"));
			if (first.size() > SHOWN) {
				message.append("\n  ... and more: GET /spaces lists them all");
			}
			if (first.isEmpty()) {
				message.append(" none");
			}
			logger.info(message);
		}
		catch (ConfluenceException ex) {
			logger.warn("Could not list Confluence spaces: " + ex.getMessage());
		}
	}

}
