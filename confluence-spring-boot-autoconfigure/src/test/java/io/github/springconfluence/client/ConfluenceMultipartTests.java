package io.github.springconfluence.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ConfluenceMultipartTests {

	@Test
	void announcesTheExactLengthItWrites() throws Exception {
		ConfluenceMultipart body = ConfluenceMultipart.builder()
			.file("file", "Résumé.pdf", MediaType.APPLICATION_PDF, new ByteArrayResource(new byte[1234]))
			.text("minorEdit", "true")
			.text("comment", "Überarbeitet ✓")
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		body.writeTo(out);
		assertThat(body.contentLength()).isEqualTo(out.size());
		String text = out.toString(StandardCharsets.UTF_8);
		String boundary = body.contentType().getParameter("boundary");
		assertThat(text).startsWith("--" + boundary + "\r\n").endsWith("--" + boundary + "--\r\n");
		assertThat(text).contains("Content-Disposition: form-data; name=\"file\"; filename=\"Résumé.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n");
		assertThat(text)
			.contains("name=\"comment\"\r\nContent-Type: text/plain;charset=UTF-8\r\n\r\nÜberarbeitet ✓\r\n");
		assertThat(text).contains("name=\"minorEdit\"\r\n\r\ntrue\r\n");
	}

	@Test
	void normalisesFileNamesToNfcAndEscapesQuotesAndLineBreaks() throws Exception {
		String decomposed = "Re\u0301sume\u0301 \"v2\"\r\n.txt";
		ConfluenceMultipart body = ConfluenceMultipart.builder()
			.file("file", decomposed, MediaType.TEXT_PLAIN, new ByteArrayResource(new byte[0]))
			.build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		body.writeTo(out);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("filename=\"R\u00e9sum\u00e9 %22v2%22%0D%0A.txt\"");
	}

	@Test
	void isRepeatableOnlyWhenEveryResourceCanBeReadAgain() {
		assertThat(ConfluenceMultipart.builder()
			.file("file", "a.txt", MediaType.TEXT_PLAIN, new ByteArrayResource(new byte[1]))
			.build()
			.isRepeatable()).isTrue();
		ConfluenceMultipart oneShot = ConfluenceMultipart.builder()
			.file("file", "a.txt", MediaType.TEXT_PLAIN, new InputStreamResource(new ByteArrayInputStream(new byte[1])))
			.build();
		assertThat(oneShot.isRepeatable()).isFalse();
		assertThat(oneShot.contentLength()).isEqualTo(-1); // an InputStreamResource
															// cannot tell without reading
		assertThat(oneShot).hasToString("ConfluenceMultipart[file]");
	}

}
