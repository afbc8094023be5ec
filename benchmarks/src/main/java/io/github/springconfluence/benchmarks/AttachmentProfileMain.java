package io.github.springconfluence.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.springconfluence.attachment.Attachment;
import io.github.springconfluence.attachment.AttachmentUpload;
import io.github.springconfluence.attachment.ConfluenceAttachmentService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;

/**
 * A loop to profile, not a measurement: alternates uploads or downloads of one file
 * through the starter ({@code starterPass}), the plain client on the same library
 * ({@code plainPass}) and {@code HttpURLConnection} ({@code referencePass}) against a
 * FakeConfluence in its own process, for a number of seconds, so that a JFR recording of
 * this JVM (run it with {@code -Xmx64m}) can be split by the calling frame (see
 * {@code scripts/jfr-split.py} and {@code JFR_SIDES}).
 * <p>
 * Arguments: the library ({@code jdk} or {@code http-components}), {@code upload} or
 * {@code download}, the seconds to run, and the file size in MiB (default 200).
 */
public final class AttachmentProfileMain {

	private AttachmentProfileMain() {
	}

	public static void main(String[] args) {
		ChildJvm.run(args, AttachmentProfileMain::run);
	}

	private static void run(String[] args) throws Exception {
		HttpLibrary library = HttpLibrary.parse(args[0]);
		boolean upload = args[1].equals("upload");
		long seconds = Long.parseLong(args[2]);
		long size = ((args.length > 3) ? Long.parseLong(args[3]) : 200) << 20;
		Path file = Files.createTempFile("attachment-profile-", ".bin");
		try {
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] chunk = new byte[1 << 20];
				new java.util.Random(1).nextBytes(chunk);
				for (long left = size; left > 0; left -= chunk.length) {
					out.write(chunk, 0, (int) Math.min(chunk.length, left));
				}
			}
			try (AttachmentServer server = AttachmentServer.start();
					ConfigurableApplicationContext context = BenchmarkApplication.withStarter(server.baseUrl(),
							server.email(), server.apiToken(), library.property());
					PlainAttachmentClient plain = PlainAttachmentClient.of(library, server.baseUrl(), server.pageId(),
							server.email(), server.apiToken());
					PlainAttachmentClient reference = new PlainAttachmentClient.UrlConnection(server.baseUrl(),
							server.pageId(), server.email(), server.apiToken())) {
				ConfluenceAttachmentService starter = context.getBean(ConfluenceAttachmentService.class);
				Attachment attachment = starter.upload(server.pageId(),
						AttachmentUpload.of(PlainAttachmentClient.FILENAME, new FileSystemResource(file)));
				long passes = 0;
				long end = System.nanoTime() + seconds * 1_000_000_000L;
				while (System.nanoTime() < end) {
					if (upload) {
						starterPass(starter, server.pageId(), file);
						plainPass(plain, file);
						referencePass(reference, file);
					}
					else {
						starterPass(starter, attachment);
						plainPass(plain, attachment.id());
						referencePass(reference, attachment.id());
					}
					passes++;
				}
				System.out.println("passes each: " + passes);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void starterPass(ConfluenceAttachmentService starter, String pageId, Path file) {
		starter.upload(pageId, AttachmentUpload.of(PlainAttachmentClient.FILENAME, new FileSystemResource(file)));
	}

	private static void starterPass(ConfluenceAttachmentService starter, Attachment attachment) {
		starter.download(attachment, OutputStream.nullOutputStream());
	}

	private static void plainPass(PlainAttachmentClient plain, Path file) {
		plain.upload(file);
	}

	private static void plainPass(PlainAttachmentClient plain, String attachmentId) {
		plain.download(attachmentId, OutputStream.nullOutputStream());
	}

	private static void referencePass(PlainAttachmentClient reference, Path file) {
		reference.upload(file);
	}

	private static void referencePass(PlainAttachmentClient reference, String attachmentId) {
		reference.download(attachmentId, OutputStream.nullOutputStream());
	}

}
