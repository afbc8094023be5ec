package io.github.springconfluence.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class MultipartReaderTest {

	private static MultipartReader reader(String body) {
		return MultipartReader.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
				"multipart/form-data; boundary=\"b0\"");
	}

	@Test
	void readsPartsAfterAPreambleWithEscapedQuotesAndPrefersFilenameStar() throws IOException {
		MultipartReader reader = reader("preamble\r\n--b0\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"a \\\"q\\\".txt\"\r\n\r\n"
				+ "line1\r\n-b0 almost a boundary\r\n--b0\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"fallback.txt\"; "
				+ "filename*=UTF-8''caf%C3%A9+1.txt\r\nContent-Type: text/plain\r\n\r\nx\r\n--b0--\r\nepilogue");

		MultipartReader.Part first = reader.next();
		assertThat(first.name()).isEqualTo("file");
		assertThat(first.filename()).isEqualTo("a \"q\".txt");
		assertThat(new String(first.content().readAllBytes(), StandardCharsets.UTF_8))
			.isEqualTo("line1\r\n-b0 almost a boundary");
		MultipartReader.Part second = reader.next();
		assertThat(second.filename()).isEqualTo("café+1.txt");
		assertThat(second.contentType()).isEqualTo("text/plain");
		assertThat(second.text(10)).isEqualTo("x");
		assertThat(reader.next()).isNull();
	}

	@Test
	void skipsUnreadContentAndFailsOnATruncatedBody() throws IOException {
		MultipartReader reader = reader("--b0\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
				+ "unread\r\n--b0\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nvalue");

		assertThat(reader.next().name()).isEqualTo("a");
		MultipartReader.Part b = reader.next();
		assertThat(b.name()).isEqualTo("b");
		assertThatIOException().isThrownBy(() -> b.content().readAllBytes());
	}

	@Test
	void refusesBodiesThatAreNotMultipart() {
		assertThat(MultipartReader.of(new ByteArrayInputStream(new byte[0]), "application/json")).isNull();
		assertThat(MultipartReader.of(new ByteArrayInputStream(new byte[0]), "multipart/form-data")).isNull();
	}

}
