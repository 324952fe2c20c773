package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;

/** The studio's own account is the studio's, not an artist's, except for the solo owner who tattoos under it. */
class StudioAccountTest {
    private static final String ARTISTS = """
            <main><div class="card"><h3>Mara Quill</h3><a href="https://instagram.com/mara.inkwell">Instagram</a></div>
            <div class="card"><h3>Tobias Fenn</h3><a href="https://instagram.com/tobias.linework">Instagram</a></div></main>
            """;

    @Test
    void accountInTheFooterOfEveryPageIsTheStudios() {
        String footer = "<footer><a href=\"https://www.instagram.com/harbourlights\">IG</a></footer>";
        ArtistSourceResult result = assemble("Harbour Tattoo", page("/", "<p>Hello</p>" + footer),
                page("/artists/", ARTISTS + footer), page("/contact/", "<p>Call us</p>" + footer));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).hasValue("harbourlights");
    }

    @Test
    void followUsLinkInTheContentIsTheStudios() {
        ArtistSourceResult result = assemble("Harbour Tattoo", page("/artists/", ARTISTS
                + "<div class=\"cta\"><h3>Stay in the loop</h3><p>Follow us on Instagram: "
                + "<a href=\"https://instagram.com/harbour.lights.studio\">@harbour.lights.studio</a></p></div>"));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).hasValue("harbour.lights.studio");
    }

    @Test
    void handleSpellingTheStudioNameIsTheStudiosEvenInAContentCard() {
        ArtistSourceResult result = assemble("Northern Sigil Tattoo Studio", page("/artists/", ARTISTS
                + "<div class=\"card\"><h3>The studio</h3><a href=\"https://instagram.com/northernsigiltattoo\">IG</a></div>"));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).hasValue("northernsigiltattoo");
    }

    @Test
    void artistWhoseHandleContainsTheStudioNameIsStillAnArtist() {
        ArtistSourceResult result = assemble("The Gilded Serpent", page("/artists/",
                "<main><div class=\"card\"><h3>Jo Ferris</h3><a href=\"https://instagram.com/gildedserpent.jo\">IG</a></div></main>"
                        + "<footer><a href=\"https://instagram.com/thegildedserpent\">IG</a></footer>"));
        assertThat(handles(result)).containsExactly("gildedserpent.jo");
        assertThat(result.studio().instagramHandle()).hasValue("thegildedserpent");
    }

    @Test
    void soloOwnerTattooingUnderTheStudioAccountIsBothStudioAndArtist() {
        String header = "<header><a href=\"https://www.instagram.com/saltmarsh.tattoo/\">IG</a></header>";
        ArtistSourceResult result = assemble("Saltmarsh Tattoo",
                page("/", header + "<section><h2>Isla Saltmarsh</h2><p>Owner and tattooist. "
                        + "<a href=\"https://www.instagram.com/saltmarsh.tattoo/\">See my work on Instagram</a></p></section>"),
                page("/about/", header + "<p>About the studio</p>"));
        assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle).containsExactly("saltmarsh.tattoo");
        assertThat(result.candidates().get(0).name()).hasValue("Isla Saltmarsh");
        assertThat(result.studio().instagramHandle()).hasValue("saltmarsh.tattoo");
    }

    @Test
    void studioAccountInAGenericContentSectionIsNotMadeAnArtist() {
        ArtistSourceResult result = assemble("Moonlit Mantis Tattoo", page("/artists/", ARTISTS
                + "<section><h2>Visit us</h2><p><a href=\"https://instagram.com/moonlitmantis\">instagram</a></p></section>"));
        assertThat(handles(result)).containsExactly("mara.inkwell", "tobias.linework");
        assertThat(result.studio().instagramHandle()).hasValue("moonlitmantis");
    }

    @Test
    void namesComeFromCardsHeadingsTablesAndLinkText() {
        ArtistSourceResult result = assemble("Any Studio", page("/artists/", """
                <main><table><tr><td>Morgan Pell</td><td>Biomech</td><td><a href="https://instagram.com/MantisMorgan">@MantisMorgan</a></td></tr>
                <tr><td>Remy Lark</td><td>Sketch</td><td><a href="https://instagram.com/mantis.sketchbook">link</a></td></tr></table>
                <p><a href="https://instagram.com/jade.ortiz.ink">Jade Ortiz</a></p></main>
                """));
        assertThat(result.candidates()).extracting(c -> c.instagramHandle() + "=" + c.name().orElse("?"))
                .containsExactly("mantismorgan=Morgan Pell", "mantis.sketchbook=Remy Lark", "jade.ortiz.ink=Jade Ortiz");
    }

    private static PageEvidence page(String path, String bodyHtml) {
        String url = "https://studio.example" + path;
        return PageReader.read("<html><head><title>Studio</title></head><body>" + bodyHtml + "</body></html>", url,
                SiteScope.looksLikeRoster(url, ""));
    }

    private static ArtistSourceResult assemble(String studioName, PageEvidence... pages) {
        return SiteFindings.assemble(studioName, new CrawlOutcome(List.of(pages), List.of(), pages.length));
    }

    private static List<String> handles(ArtistSourceResult result) {
        return result.candidates().stream().map(ArtistCandidate::instagramHandle).toList();
    }

}
