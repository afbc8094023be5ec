package io.github.springconfluence.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An {@link AttachmentServerMain} in a process of its own (with 1 GB of heap, far more
 * than it needs), so that the client under test can run in a small heap and only the
 * client's memory is measured.
 */
final class AttachmentServer implements AutoCloseable {

	private final Process process;

	private final BufferedReader answers;

	private final PrintStream commands;

	private final String baseUrl;

	private final String pageId;

	private final String email;

	private final String apiToken;

	private AttachmentServer(Process process, BufferedReader answers, String[] banner) {
		this.process = process;
		this.answers = answers;
		this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
		this.baseUrl = banner[0];
		this.pageId = banner[1];
		this.email = banner[2];
		this.apiToken = banner[3];
	}

	/**
	 * Starts the server and waits for its base URL.
	 * @return the running server
	 * @throws IOException if the process cannot start
	 */
	static AttachmentServer start() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				AttachmentServerMain.class.getName())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		BufferedReader answers = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String banner = answers.readLine();
		if (banner == null || banner.split(" ").length != 4) {
			process.destroy();
			throw new IOException("The attachment server exited before printing its base URL: " + banner);
		}
		return new AttachmentServer(process, answers, banner.split(" "));
	}

	String baseUrl() {
		return this.baseUrl;
	}

	String pageId() {
		return this.pageId;
	}

	String email() {
		return this.email;
	}

	String apiToken() {
		return this.apiToken;
	}

	/**
	 * The size and SHA-256 of an attachment's current version, as the fake received it.
	 * @param attachmentId the attachment id
	 * @return {@code <size> <sha256>}
	 */
	synchronized String check(String attachmentId) {
		this.commands.println("check " + attachmentId);
		try {
			String answer = this.answers.readLine();
			if (answer == null) {
				throw new IllegalStateException("The attachment server has exited");
			}
			return answer;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The attachment server did not answer", ex);
		}
	}

	/**
	 * Closes the server's input, on which it deletes its temporary files and exits.
	 */
	@Override
	public void close() throws InterruptedException {
		this.commands.close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroy();
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

}
