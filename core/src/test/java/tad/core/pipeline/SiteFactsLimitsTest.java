package tad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSiteFacts;

class SiteFactsLimitsTest {

    @Test
    void hostileOrOversizedSiteFactsAreCutDownBeforeAnythingUsesThem() {
        List<String> images = new ArrayList<>(List.of("javascript:alert(1)", "data:image/png;base64,AAAA",
                "//no-scheme.example/x.jpg", "https://studio.example/a.jpg", "https://studio.example/a.jpg"));
        for (int i = 0; i < 40; i++) {
            images.add("https://studio.example/work/" + i + ".jpg");
        }
        ArtistSiteFacts hostile = new ArtistSiteFacts("https://studio.example/artists/mara",
                "word ".repeat(2000), Optional.of("javascript:alert(1)"), images,
                List.of("  Fine line  ", "", "Fine line", "x".repeat(500)));

        ArtistSiteFacts bounded = SiteFactsLimits.bounded(
                new ArtistCandidate("mara.ink", Optional.of("Mara"), hostile.page(), hostile)).site();

        assertThat(bounded.bio()).hasSizeLessThanOrEqualTo(SiteFactsLimits.BIO_CHARS).endsWith("…");
        assertThat(bounded.portraitUrl()).isEmpty();
        assertThat(bounded.portfolioUrls()).hasSize(SiteFactsLimits.IMAGES)
                .startsWith("https://studio.example/a.jpg", "https://studio.example/work/0.jpg")
                .allMatch(url -> url.startsWith("https://"));
        assertThat(bounded.specialisms()).hasSize(2).first().isEqualTo("Fine line");
        assertThat(bounded.specialisms().get(1)).hasSizeLessThanOrEqualTo(SiteFactsLimits.SPECIALISM_CHARS);
    }
}
