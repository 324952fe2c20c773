package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of the profile first view: escaping, and where it goes into the page. */
class FirstViewPartsTest {
    private static final ArtistProfile PROFILE = new ArtistProfile("a1", "Ann", "ann", null, null, null, List.of(),
            List.of(), List.of(), null, null, List.of());

    @Test
    void escapingReplacesExactlyTheFiveMarkupCharacters() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>&amp;</a> Zürich 💀"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; Zürich 💀");
        assertThat(HtmlText.escape("")).isEmpty();
    }

    @Test
    void jsonForAScriptElementHasNoTagCharactersAndReadsBackTheSame() throws IOException {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 \"q\" 'q'";
        String embedded = HtmlText.scriptJson(Json.bytes(hostile));

        assertThat(embedded).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029")
                .startsWith("\"\\u003c/script\\u003e");
        assertThat(Json.MAPPER.readValue(embedded, String.class)).isEqualTo(hostile);
    }

    @Test
    void theFirstViewGoesInsideTheSlotOnceAndAPageWithoutASlotIsLeftAlone() {
        String page = "<main>" + ProfileFirstView.SLOT + "<div>skeleton</div></main>";

        String filled = ProfileFirstView.fill(page, PROFILE).orElseThrow();
        assertThat(filled).startsWith("<main>" + ProfileFirstView.SLOT_OPEN + "<article class=\"profile\"")
                .endsWith("</script></div><div>skeleton</div></main>");
        assertThat(filled.split("<article", -1)).hasSize(2);
        assertThat(ProfileFirstView.fill("<main><div>old build</div></main>", PROFILE)).isEmpty();
    }

    @Test
    void anArtistWithoutPictureOrImagesGetsTheInitialAndTheEmptyGallery() {
        String html = ProfileFirstView.render(PROFILE);

        assertThat(html).contains("<div class=\"profile-avatar profile-initial\" aria-hidden=\"true\">A</div>")
                .contains("<p>No portfolio images yet.").doesNotContain("profile-bio").doesNotContain("profile-tags")
                .contains("href=\"https://www.instagram.com/ann/\"");
    }
}
