package io.github.springconfluence.ai;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.github.springconfluence.test.FakeConfluence;
import io.github.springconfluence.test.FakeConfluenceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.ai.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads 10,000 pages through {@link ConfluenceDocumentReader#stream()} in a JVM of 64 MB
 * (the {@code reading-under-small-heap} surefire execution): every page mentions one user
 * twenty times, whose display name is 400 characters long, so that the documents'
 * Markdown comes to some 80 MB (more than the heap), while the fake, which stores one
 * shared body, stays small. Holding every document would fail with an
 * {@link OutOfMemoryError}; the stream holds one batch of 250. Request validation is off
 * here (the parsed descriptions alone would take much of the heap); the other tests of
 * this module validate every request.
 */
class ReadingUnderSmallHeapTests {

	private static final int PAGES = 10_000;

	@RegisterExtension
	static final FakeConfluenceExtension confluence = new FakeConfluenceExtension(
			FakeConfluence.builder().validateRequests(false));

	private static final FakeConfluence fake = confluence.fake();

	@Test
	void twentyThousandPagesStreamInASmallHeap() {
		assertThat(Runtime.getRuntime().maxMemory()).as("run by the -Xmx64m execution").isLessThan(100L * 1024 * 1024);
		fake.clearSpaces();
		fake.addSpace("BIG", "Big");
		fake.addUser("557058:long", "N".repeat(400));
		String body = "<p>" + "<ac:link><ri:user ri:account-id=\"557058:long\" /></ac:link> ".repeat(20) + "</p>";
		for (int i = 0; i < PAGES; i++) {
			fake.addPage("BIG", "Page " + i, null, body); // one body instance for every
															// page
		}
		ReaderContexts.withFactory(fake, (factory) -> {
			AtomicLong documents = new AtomicLong();
			AtomicLong characters = new AtomicLong();
			try (Stream<Document> stream = factory.builder().spaceKeys("BIG").build().stream()) {
				stream.forEach((document) -> {
					documents.incrementAndGet();
					characters.addAndGet(document.getText().length());
				});
			}
			assertThat(documents.get()).isEqualTo(PAGES + 1); // and the home page
			assertThat(characters.get()).isGreaterThan(PAGES * 8_000L);
			int batches = (PAGES + 1 + 249) / 250;
			assertThat(fake.requests("GET", "/wiki/rest/api/search")).hasSize(batches);
			assertThat(fake.requests("GET", "/wiki/api/v2/pages")).hasSize(batches);
			assertThat(fake.requests("POST", "/wiki/api/v2/users-bulk")).hasSize(1);
		});
	}

}
