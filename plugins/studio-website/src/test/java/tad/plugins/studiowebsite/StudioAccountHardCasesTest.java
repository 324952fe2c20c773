package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;

/**
 * The harder ways a studio's own account (or someone else's) looks like an artist on real sites: a heading next to
 * the only handle of a site that names no artist, an account in the header of most pages, a name written in
 * another language or with the town, and a web designer's credit. A solo artist's own site still yields its artist.
 */
class StudioAccountHardCasesTest {

    @Test
    void theOnlyHandleOfASiteThatNamesNoArtistIsTheStudiosEvenUnderAHeading() {
        // a footer a theme did not mark up as one: a heading, then the link, on two pages only
        String block = "<div class=\"widget\"><h4>Über Friends Tattoo</h4>"
                + "<a href=\"https://instagram.com/wildrose.ink\">Instagram</a></div>";
        ArtistSourceResult result = assemble("Wild Rose", "", page("/", "<p>Willkommen</p>" + block),
                page("/kontakt", "<p>Termin</p>" + block));
        assertThat(handles(result)).isEmpty();
        assertThat(result.studio().instagramHandle()).hasValue("wildrose.ink");
    }

    @Test
    void aSoloArtistsSiteStillYieldsItsArtist() {
        String card = "<div class=\"about\"><h2>Isla Saltmarsh</h2><p>Fine line and botanicals.</p>"
                + "<a href=\"https://instagram.com/isla.saltmarsh\">Instagram</a></div>";
        ArtistSourceResult result = assemble("Saltmarsh Tattoo", "", page("/", card), page("/about", card));
        assertThat(handles(result)).containsExactly("isla.saltmarsh");
    }

    @Test
    void anAccountInTheHeaderOfMostPagesIsNeverAnArtist() {
        // the studio's account and its shop's: both in the header, and the shop's also in a card of its own
        String header = "<header><a href=\"https://instagram.com/northside.collective\">IG</a>"
                + "<a href=\"https://instagram.com/northside.supply\">Shop</a></header>";
        String card = "<div class=\"card\"><h3>Aftercare balm</h3><a href=\"https://instagram.com/northside.supply\">"
                + "Instagram</a></div>";
        ArtistSourceResult result = assemble("Needle Point", "", page("/", header + "<p>Hi</p>"),
                page("/artists", header + ROSTER + card), page("/contact", header + "<p>Call</p>"));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).hasValue("northside.collective");
    }

    @Test
    void aHandleSpellingTheStudiosNameInAnotherLanguageOrWithoutItsTownIsTheStudios() {
        String french = "<div class=\"card\"><h3>Le salon</h3><a href=\"https://instagram.com/shop_221_tatoo_piercing\">"
                + "Instagram</a></div>";
        ArtistSourceResult shop = assemble("Shop 221", "", page("/artistes", ROSTER + french));
        assertThat(handles(shop)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(shop.studio().instagramHandle()).hasValue("shop_221_tatoo_piercing");

        String german = "<div class=\"card\"><h3>Das Studio</h3><a href=\"https://instagram.com/friends.tattoo\">"
                + "Instagram</a></div>";
        ArtistSourceResult friends = assemble("Friends Tattoo Langenfeld", "Langenfeld",
                page("/artists", ROSTER + german));
        assertThat(handles(friends)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(friends.studio().instagramHandle()).hasValue("friends.tattoo");
    }

    @Test
    void aWebDesignersCreditIsNeitherTheStudiosNorAnArtist() {
        String credit = "<footer><a href=\"https://instagram.com/pixelsmith\">Site by Pixelsmith</a></footer>"
                + "<div id=\"badge\"><a href=\"https://instagram.com/pixelsmith\" aria-label=\"Visit us\"></a>"
                + "<p>pixelsmith</p></div>";
        ArtistSourceResult result = assemble("Iron Lotus", "", page("/", "<p>Hi</p>" + credit),
                page("/artists", ROSTER + credit));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).isEmpty();
    }

    private static final String ROSTER = """
            <main><div class="card"><h3>Mara Quill</h3><a href="https://instagram.com/mara.inkwell">Instagram</a></div>
            <div class="card"><h3>Tobias Fenn</h3><a href="https://instagram.com/tobias.linework">Instagram</a></div></main>
            """;

    private static PageEvidence page(String path, String bodyHtml) {
        String url = "https://studio.example" + path;
        return PageReader.read("<html><head><title>Studio</title></head><body>" + bodyHtml + "</body></html>", url,
                SiteScope.looksLikeRoster(url, ""));
    }

    private static ArtistSourceResult assemble(String studioName, String city, PageEvidence... pages) {
        return SiteFindings.assemble(studioName, city, new CrawlOutcome(List.of(pages), List.of(), pages.length));
    }

    private static List<String> handles(ArtistSourceResult result) {
        return result.candidates().stream().map(ArtistCandidate::instagramHandle).toList();
    }
}
