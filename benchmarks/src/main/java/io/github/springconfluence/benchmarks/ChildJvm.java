package io.github.springconfluence.benchmarks;

/**
 * The entry point of a benchmark's own JVM: runs it and exits with 0, or prints what
 * failed and exits with 1, so that the parent process (and Maven) sees the failure. The
 * exit also ends the non-daemon threads an HTTP library or Spring context may leave.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	/** A benchmark's body, given the command-line arguments. */
	@FunctionalInterface
	interface Body {

		void run(String[] args) throws Exception;

	}

	static void run(String[] args, Body body) {
		try {
			body.run(args);
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

}
