package io.github.springconfluence.markdown;

import io.github.springconfluence.page.BodyFormat;
import io.github.springconfluence.page.PageBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageBody#markdown(String)}: a storage body converted with the default
 * {@link MarkdownToStorage}.
 */
class PageBodyMarkdownTests {

	@Test
	void convertsMarkdownToAStorageBody() {
		PageBody body = PageBody.markdown("# Title\n\nSome *text*.");
		assertThat(body.format()).isEqualTo(BodyFormat.STORAGE);
		assertThat(body.value()).isEqualTo("<h1>Title</h1><p>Some <em>text</em>.</p>");
		assertThat(body).isEqualTo(PageBody.storage(new MarkdownToStorage().convert("# Title\n\nSome *text*.")));
	}

}
