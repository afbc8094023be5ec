package io.github.springconfluence.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A loop to profile, not a measurement: alternates batches of the starter's
 * {@code findById} and the plain hand-written call (and any named prototype) on one HTTP
 * library for a number of seconds, so that a JFR recording of this JVM can be split by
 * the calling frame ({@code RestClientConfluenceSpaceService.findById} against
 * {@code PlainClient.findById}).
 * <p>
 * Arguments: the library ({@code jdk} or {@code http-components}), the seconds to run,
 * and then application properties for the starter (optional). Run it with, for example,
 * {@code -XX:StartFlightRecording=filename=jdk.jfr,settings=profile}.
 */
public final class ProfileMain {

	private ProfileMain() {
	}

	public static void main(String[] args) {
		try {
			HttpLibrary library = HttpLibrary.parse(args[0]);
			long seconds = Long.parseLong(args[1]);
			List<String> properties = new ArrayList<>(List.of(args).subList(2, args.length));
			try (LoopbackSite site = LoopbackSite.start(library, properties.toArray(String[]::new))) {
				String id = site.id();
				long calls = 0;
				long end = System.nanoTime() + seconds * 1_000_000_000L;
				while (System.nanoTime() < end) {
					for (int i = 0; i < 500; i++) {
						site.starter().findById(id).orElseThrow();
					}
					for (int i = 0; i < 500; i++) {
						site.plain().findById(id);
					}
					site.fake().clearRequests();
					calls += 500;
				}
				System.out.println("calls each: " + calls);
			}
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

}
