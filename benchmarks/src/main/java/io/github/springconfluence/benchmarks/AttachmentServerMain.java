package io.github.springconfluence.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.springconfluence.test.FakeAttachment;
import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakePage;

/**
 * Runs a FakeConfluence with one page in a process of its own, so that the client under
 * test can run in a small heap while the fake's work (multipart parsing, SHA-256 and
 * temporary files of uploads, the media server's copy of downloads) is not charged to its
 * heap. Prints {@code baseUrl pageId email apiToken} on one line, then answers commands
 * on standard input, one a line:
 * <ul>
 * <li>{@code check <attachmentId>}: prints {@code <fileSize> <sha256>} of the
 * attachment's current version as the fake received it, and clears the journals (which
 * keep up to 1 MiB of every request body).</li>
 * </ul>
 * When standard input closes it removes every attachment (their temporary files) and
 * exits.
 */
public final class AttachmentServerMain {

	private AttachmentServerMain() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		FakeConfluence fake = FakeConfluence.builder().validateRequests(false).start();
		try {
			fake.addSpace("BENCH", "Attachment benchmark");
			FakePage page = fake.addPage("BENCH", "Attachments");
			out.println(fake.baseUrl() + " " + page.id() + " " + fake.email() + " " + fake.apiToken());
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] command = line.trim().split(" ");
				if (command.length == 2 && command[0].equals("check")) {
					FakeAttachment attachment = fake.attachment(command[1]).orElse(null);
					out.println((attachment != null) ? attachment.fileSize() + " " + attachment.sha256()
							: "-1 no-such-attachment");
					fake.reset();
				}
				else {
					out.println("unknown command: " + line);
				}
			}
		}
		finally {
			fake.clearSpaces(); // deletes the uploads' temporary files
			fake.stop();
		}
	}

}
