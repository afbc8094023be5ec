package io.github.springconfluence.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * The Confluence panel macros that both directions map to a labelled block quote
 * ({@code > **Note**}).
 */
enum Panel {

	INFO("info", "Info"), NOTE("note", "Note"), WARNING("warning", "Warning"), TIP("tip", "Tip");

	private final String macroName;

	private final String label;

	Panel(String macroName, String label) {
		this.macroName = macroName;
		this.label = label;
	}

	String macroName() {
		return this.macroName;
	}

	String label() {
		return this.label;
	}

	static Optional<Panel> forMacro(String name) {
		for (Panel panel : values()) {
			if (panel.macroName.equalsIgnoreCase(name)) {
				return Optional.of(panel);
			}
		}
		return Optional.empty();
	}

	/**
	 * The panel a block quote's bold first words name: "Note", "Note:" (any case).
	 */
	static Optional<Panel> forLabel(String text) {
		String label = text.strip();
		if (label.endsWith(":")) {
			label = label.substring(0, label.length() - 1).strip();
		}
		String normalised = label.toLowerCase(Locale.ROOT);
		for (Panel panel : values()) {
			if (panel.label.toLowerCase(Locale.ROOT).equals(normalised)) {
				return Optional.of(panel);
			}
		}
		return Optional.empty();
	}

}
