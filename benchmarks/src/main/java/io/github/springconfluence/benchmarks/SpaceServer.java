package io.github.springconfluence.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SpaceServerMain} in a process of its own (with 2 GB of heap), so that the
 * client under test can run in a small heap.
 */
final class SpaceServer implements AutoCloseable {

	private final Process process;

	private final String baseUrl;

	private SpaceServer(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts the server and waits for its base URL.
	 * @param spaces how many spaces it serves
	 * @return the running server
	 * @throws IOException if the process cannot start
	 */
	static SpaceServer start(int spaces) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
				SpaceServerMain.class.getName(), String.valueOf(spaces))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String baseUrl = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
			.readLine();
		if (baseUrl == null) {
			process.destroy();
			throw new IOException("The space server exited before printing its base URL");
		}
		return new SpaceServer(process, baseUrl);
	}

	String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

}
