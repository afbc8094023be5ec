package io.github.springconfluence.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The page models refuse, before anything is sent, what Confluence would refuse.
 */
class PageModelTests {

	@Test
	void aNewPageNeedsExactlyOneOfSpaceKeyAndSpaceId() {
		assertThatIllegalArgumentException().isThrownBy(() -> NewPage.builder().title("T").build())
			.withMessageContaining("exactly one");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NewPage.builder().spaceKey("ENG").spaceId("1").title("T").build());
		assertThatIllegalArgumentException().isThrownBy(() -> NewPage.builder().spaceKey("ENG").build())
			.withMessageContaining("title");
		NewPage page = NewPage.builder().spaceKey("ENG").title("T").build();
		assertThat(page.body()).isEqualTo(PageBody.storage(""));
		assertThat(page.draft()).isFalse();
	}

	@Test
	void viewIsReadOnlyAndWikiIsWriteOnly() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PageUpdate.of("T", new PageBody(BodyFormat.VIEW, "<p/>"), 1))
			.withMessageContaining("read-only");
		assertThatIllegalArgumentException().isThrownBy(
				() -> NewPage.builder().spaceKey("ENG").title("T").body(new PageBody(BodyFormat.VIEW, "")).build());
		assertThat(PageUpdate.of("T", PageBody.wiki("h1. Title"), 1).body().format()).isEqualTo(BodyFormat.WIKI);
		assertThat(BodyFormat.WIKI.isReadable()).isFalse();
		assertThat(BodyFormat.VIEW.isListable()).isFalse();
		assertThat(BodyFormat.ATLAS_DOC_FORMAT.wireName()).isEqualTo("atlas_doc_format");
	}

	@Test
	void anUpdateIsBasedOnAVersionThatWasRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> PageUpdate.of("T", PageBody.storage(""), 0));
		PageUpdate update = PageUpdate.of("T", PageBody.storage("<p/>"), 3).withMessage("m").withParentId("9");
		assertThat(update).isEqualTo(new PageUpdate("T", PageBody.storage("<p/>"), 3, "9", "m"));
	}

	@Test
	void contentIsImmutableWithCopies() {
		PageContent content = new PageContent("T", PageBody.storage("<p>a</p>"), "1");
		PageContent changed = content.withTitle("U").withStorageBody("<p>b</p>").withParentId("2");
		assertThat(content).isEqualTo(new PageContent("T", PageBody.storage("<p>a</p>"), "1"));
		assertThat(changed).isEqualTo(new PageContent("U", PageBody.storage("<p>b</p>"), "2"));
		assertThat(content.withTitle("T")).isEqualTo(content);
	}

	@Test
	void aPublicationNeedsASpaceATitleAndABody() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PagePublication.builder().spaceKey("ENG").title("T").build())
			.withMessageContaining("body");
		PagePublication publication = PagePublication.builder()
			.spaceId("1")
			.title("T")
			.body(PageBody.storage("<p/>"))
			.build();
		assertThat(publication.parentId()).isNull();
	}

	@Test
	void theHashIsTheSha256OfTheBodyValueInUtf8() {
		assertThat(RestClientConfluencePageService.sha256(PageBody.storage("")))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(RestClientConfluencePageService.sha256(PageBody.storage("é")))
			.isNotEqualTo(RestClientConfluencePageService.sha256(PageBody.storage("e")));
	}

}
