package io.github.springconfluence.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import io.github.springconfluence.attachment.Attachment;
import io.github.springconfluence.attachment.AttachmentUpload;
import io.github.springconfluence.attachment.ConfluenceAttachmentService;
import io.github.springconfluence.autoconfigure.ConfluenceAutoConfiguration;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.web.client.RestClient;

/**
 * The attachment comparison, interleaved, in a JVM that {@link BenchmarkMain} starts with
 * {@code -Xmx64m}: uploads of one large file through the starter's
 * {@link ConfluenceAttachmentService#upload} (from a {@link FileSystemResource}) against
 * {@link PlainAttachmentClient} on the same HTTP library, then downloads of it through
 * {@link ConfluenceAttachmentService#download(Attachment, OutputStream)} against the
 * plain client, both into {@link OutputStream#nullOutputStream()}; with
 * {@code reference}, the same against {@link java.net.HttpURLConnection} as well. The
 * fake runs in its own process ({@link AttachmentServer}). Every upload is checked
 * against the fake's size and SHA-256 of what it received, every download's byte count
 * against the file's size, and one download of each side against the file's SHA-256
 * before timing.
 * <p>
 * Arguments: rounds, the library ({@code jdk} or {@code http-components}), the file size
 * in MiB, and {@code reference} or {@code no-reference}. Prints one {@code RESULT} line
 * per comparison: direction, baseline, the candidate's and the baseline's median MiB/s,
 * the median of the per-round ratios of rates, the peak heap used and the peak heap live
 * after a collection of each side (bytes), collections per transfer and the median bytes
 * allocated per transfer (all threads) of each side, the maximum heap and the file size.
 */
public final class AttachmentComparisonMain {

	private static final HexFormat HEX = HexFormat.of();

	private AttachmentComparisonMain() {
	}

	public static void main(String[] args) {
		ChildJvm.run(args, AttachmentComparisonMain::run);
	}

	private static void run(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		HttpLibrary library = HttpLibrary.parse(args[1]);
		long size = Long.parseLong(args[2]) << 20;
		boolean reference = args.length > 3 && args[3].equals("reference");
		Path file = Files.createTempFile("attachment-benchmark-", ".bin");
		try {
			String sha256 = write(file, size);
			HeapWatch heap = new HeapWatch();
			try (AttachmentServer server = AttachmentServer.start();
					ConfigurableApplicationContext context = BenchmarkApplication.withStarter(server.baseUrl(),
							server.email(), server.apiToken(), library.property());
					PlainAttachmentClient plain = PlainAttachmentClient.of(library, server.baseUrl(), server.pageId(),
							server.email(), server.apiToken());
					PlainAttachmentClient urlConnection = new PlainAttachmentClient.UrlConnection(server.baseUrl(),
							server.pageId(), server.email(), server.apiToken())) {
				library.verify("the starter's confluenceRestClient",
						context.getBean(ConfluenceAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class),
						"/wiki/api/v2/spaces?limit=1");
				ConfluenceAttachmentService starter = context.getBean(ConfluenceAttachmentService.class);
				String pageId = server.pageId();
				AtomicReference<Attachment> uploaded = new AtomicReference<>();
				Runnable starterUpload = () -> {
					Attachment attachment = starter.upload(pageId,
							AttachmentUpload.of(PlainAttachmentClient.FILENAME, new FileSystemResource(file)));
					checkUpload(server, attachment.id(), size, sha256);
					if (attachment.fileSize() != size) {
						throw new IllegalStateException(
								"The starter's upload answer says " + attachment.fileSize() + " bytes, not " + size);
					}
					uploaded.set(attachment);
				};
				starterUpload.run(); // creates the attachment
				Attachment attachment = uploaded.get();
				checkContent("the starter", (out) -> starter.download(attachment, out), size, sha256);
				checkContent(plain.label(), (out) -> plain.download(attachment.id(), out), size, sha256);
				checkContent(urlConnection.label(), (out) -> urlConnection.download(attachment.id(), out), size,
						sha256);
				compare("upload", "plain", heap, starterUpload,
						() -> checkUpload(server, plain.upload(file), size, sha256), rounds, size);
				if (reference) {
					compare("upload", "reference", heap, starterUpload,
							() -> checkUpload(server, urlConnection.upload(file), size, sha256), rounds, size);
				}
				// Every upload was a new version of the same attachment, of the same
				// size; the download gets the current one.
				Attachment current = uploaded.get();
				Runnable starterDownload = () -> checkDownload("the starter",
						starter.download(current, OutputStream.nullOutputStream()), size);
				compare("download", "plain", heap, starterDownload, () -> checkDownload(plain.label(),
						plain.download(current.id(), OutputStream.nullOutputStream()), size), rounds, size);
				if (reference) {
					compare("download", "reference", heap, starterDownload,
							() -> checkDownload(urlConnection.label(),
									urlConnection.download(current.id(), OutputStream.nullOutputStream()), size),
							rounds, size);
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void compare(String direction, String baselineName, HeapWatch heap, Runnable candidate,
			Runnable baseline, int rounds, long size) throws InterruptedException {
		String candidateSide = direction + "/" + baselineName + "/starter";
		String baselineSide = direction + "/" + baselineName + "/baseline";
		long start = System.nanoTime();
		Interleaved.Result result = Interleaved.compare(heap.watch(candidateSide, candidate),
				heap.watch(baselineSide, baseline), 1, rounds, 1);
		Thread.sleep(200); // collection notifications arrive asynchronously
		HeapWatch.Figures starterHeap = heap.figures(candidateSide);
		HeapWatch.Figures baselineHeap = heap.figures(baselineSide);
		double mebibytes = size / (double) (1 << 20);
		double starterRate = mebibytes / (result.candidateMedian() / 1_000_000);
		double baselineRate = mebibytes / (result.baselineMedian() / 1_000_000);
		System.err.printf("%s against %s: %d rounds in %.1f s%n", direction, baselineName, rounds,
				(System.nanoTime() - start) / 1e9);
		// Rates are inverse times: the per-round ratio of rates is 1 / the ratio of
		// times.
		System.out.println(String.join(" ", "RESULT", direction, baselineName, String.valueOf(starterRate),
				String.valueOf(baselineRate), String.valueOf(1 / result.roundRatioMedian()),
				String.valueOf(starterHeap.peakUsed()), String.valueOf(baselineHeap.peakUsed()),
				String.valueOf(starterHeap.peakLive()), String.valueOf(baselineHeap.peakLive()),
				String.valueOf(starterHeap.collectionsPerOperation()),
				String.valueOf(baselineHeap.collectionsPerOperation()),
				String.valueOf(starterHeap.allocatedPerOperation()),
				String.valueOf(baselineHeap.allocatedPerOperation()), String.valueOf(Runtime.getRuntime().maxMemory()),
				String.valueOf(size)));
		System.out.flush();
	}

	private static void checkUpload(AttachmentServer server, String attachmentId, long size, String sha256) {
		String expected = size + " " + sha256;
		String received = server.check(attachmentId);
		if (!received.equals(expected)) {
			throw new IllegalStateException(
					"The fake received " + received + " for " + attachmentId + " where " + expected + " was sent");
		}
	}

	private static void checkDownload(String who, long bytes, long size) {
		if (bytes != size) {
			throw new IllegalStateException(who + " downloaded " + bytes + " bytes, not " + size);
		}
	}

	private interface Download {

		long into(OutputStream out);

	}

	private static void checkContent(String who, Download download, long size, String sha256) {
		MessageDigest digest = sha256();
		long bytes = download.into(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
		checkDownload(who, bytes, size);
		String actual = HEX.formatHex(digest.digest());
		if (!actual.equals(sha256)) {
			throw new IllegalStateException(who + " downloaded content with SHA-256 " + actual + ", not " + sha256);
		}
	}

	/**
	 * Writes pseudo-random bytes (seeded: the same file every run) and returns their
	 * SHA-256.
	 */
	private static String write(Path file, long size) throws IOException {
		MessageDigest digest = sha256();
		SplittableRandom random = new SplittableRandom(20261202);
		byte[] chunk = new byte[1 << 20];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			for (long left = size; left > 0; left -= chunk.length) {
				for (int i = 0; i < chunk.length; i += 8) {
					long value = random.nextLong();
					for (int k = 0; k < 8; k++) {
						chunk[i + k] = (byte) (value >>> (8 * k));
					}
				}
				out.write(chunk, 0, (int) Math.min(chunk.length, left));
			}
		}
		return HEX.formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
