package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tad.plugin.ArtistSiteFacts;

/**
 * What a page says about each artist, read from the roster markup of the site builders studios use. Each shape
 * follows the markup its builder writes (the source of each is named on its test); names and texts are ours.
 */
class ArtistFactsTest {
    private static final String PAGE = "https://studio.example/artists/";

    private static ArtistSiteFacts facts(String html, String handle) {
        return PageReader.read(html, PAGE, true).artistFacts().get(handle);
    }

    /** WordPress block editor columns, as the sample city's Astra site writes them. */
    @Test
    void aWordPressColumnCardGivesItsParagraphAndFigure() {
        String html = """
                <main><div class="wp-block-columns">
                 <div class="wp-block-column"><figure class="wp-block-image"><img src="/wp-content/uploads/mara.jpg"
                   alt="Portrait of Mara"></figure><h3>Mara Quill</h3>
                   <p>Neo-traditional and heavy blackwork. Books open monthly.</p>
                   <p><a href="https://www.instagram.com/mara.ink/">@mara.ink</a></p></div>
                 <div class="wp-block-column"><figure class="wp-block-image"><img src="/wp-content/uploads/tobias.jpg"
                   alt=""></figure><h3>Tobias Fenn</h3><p>Fine line and minimalist pieces, small to medium.</p>
                   <p><a href="https://instagram.com/tobias.linework">Instagram</a></p></div>
                </div></main>""";

        ArtistSiteFacts mara = facts(html, "mara.ink");
        ArtistSiteFacts tobias = facts(html, "tobias.linework");

        assertThat(mara.bio()).isEqualTo("Neo-traditional and heavy blackwork. Books open monthly.");
        assertThat(mara.portraitUrl()).contains("https://studio.example/wp-content/uploads/mara.jpg");
        assertThat(mara.portfolioUrls()).isEmpty();
        assertThat(tobias.bio()).startsWith("Fine line");
        assertThat(tobias.portraitUrl()).contains("https://studio.example/wp-content/uploads/tobias.jpg");
    }

    /**
     * The WordPress "Team Members" plugin (wpdarko): the photo is a CSS background of {@code div.tmm_photo}, the bio
     * a {@code div.tmm_desc}, and the social links are icon images ({@code tmm-shortcode.php}, as published in
     * infoeducatie/gazeta, wp-content/plugins/team-members/inc/tmm-shortcode.php).
     */
    @Test
    void theTeamMembersPluginsBackgroundPhotoAndDescription() {
        String html = """
                <div class="tmm tmm_artists"><div class="tmm_3_columns tmm_wrap"><div class="tmm_container">
                 <div class="tmm_member" style="border-top:#333 solid 5px;">
                  <div class="tmm_photo tmm_phover_artists_0" style="background: url(/wp-content/uploads/2025/02/lu.jpg);
                    margin-left:auto; margin-right:auto; background-size:cover !important;"></div>
                  <div class="tmm_textblock"><div class="tmm_names"><span class="tmm_fname">Lu</span>
                    <span class="tmm_lname">Marquez</span></div><div class="tmm_job">Resident artist</div>
                   <div class="tmm_desc" style="text-align:left">Lu has tattooed Chicano lettering and black and grey
                    portraits in Kirkstall since 2016.</div>
                   <div class="tmm_scblock"><a target="_blank" class="tmm_sociallink"
                     href="https://www.instagram.com/kin.chicano.lu/" title="Instagram"><img alt="Instagram"
                     src="/wp-content/plugins/team-members/inc/img/links/instagram.png"/></a></div></div>
                 </div>
                 <div class="tmm_member"><div class="tmm_textblock"><div class="tmm_names"><span class="tmm_fname">Dot
                   </span></div><div class="tmm_scblock"><a class="tmm_sociallink"
                   href="https://www.instagram.com/kirkstall.dotty/"><img alt="Instagram" src="/ig.png"/></a></div>
                 </div></div>
                </div></div></div>""";

        ArtistSiteFacts lu = facts(html, "kin.chicano.lu");

        assertThat(lu.portraitUrl()).contains("https://studio.example/wp-content/uploads/2025/02/lu.jpg");
        assertThat(lu.bio()).startsWith("Lu has tattooed Chicano lettering").doesNotContain("Resident artist");
        assertThat(lu.portfolioUrls()).isEmpty();
        assertThat(facts(html, "kirkstall.dotty").portraitUrl()).isEmpty();
    }

    /**
     * Squarespace's own team page: a lazy {@code img[data-src]} in {@code team-member-portrait}, then name, role and
     * bio in {@code team-member-text} and an {@code @handle} link (as replicated from squarespace.com in
     * wymerkd/square-space-replica, src/components/Team.jsx).
     */
    @Test
    void aSquarespaceTeamMemberWithALazyPortrait() {
        String html = """
                <div class="team-members">
                 <div class="team-member"><div class="team-member-portrait"><img data-load="false"
                   data-src="https://images.squarespace-cdn.com/content/v1/65a/hollis.jpg"
                   data-image-dimensions="100x139" src="https://images.squarespace-cdn.com/content/v1/65a/hollis.jpg?format=300w"/></div>
                  <div class="team-member-text"><h3>Hollis Tarn</h3><h4>Dotwork &amp; geometric</h4>
                   <p>Hollis works slowly and precisely: dotwork mandalas, geometric sleeves and sacred geometry.</p>
                   <a class="is-borderless" href="https://www.instagram.com/hydes.hollis/">@hydes.hollis</a></div></div>
                 <div class="team-member"><div class="team-member-text"><h3>Mae Sorrel</h3>
                   <a href="https://www.instagram.com/micro.mae/">@micro.mae</a></div></div>
                </div>""";

        ArtistSiteFacts hollis = facts(html, "hydes.hollis");

        assertThat(hollis.portraitUrl()).contains("https://images.squarespace-cdn.com/content/v1/65a/hollis.jpg");
        assertThat(hollis.bio()).startsWith("Hollis works slowly");
    }

    /** Webflow CMS cards: a classed photo, the style as a classed div, an icon link (the corpus's webflow-cards). */
    @Test
    void aWebflowCardsStyleIsASpecialismAndItsIconIsNoPortrait() {
        String html = """
                <div role="list" class="artist-grid w-dyn-items">
                 <div role="listitem" class="w-dyn-item"><div class="artist-card"><img src="nell.jpg" alt=""
                   class="artist-photo"/><div class="artist-name">Nell Hartley</div><div class="artist-style">
                   Neo-traditional</div><a href="https://www.instagram.com/nell.northside/" class="social-link"><img
                   src="ig.svg" alt="Instagram"/></a></div></div>
                 <div role="listitem" class="w-dyn-item"><div class="artist-card"><div class="artist-name">Ade Okoro
                   </div><a href="https://instagram.com/ade.colour.works" class="social-link"><img src="ig.svg"
                   alt="Instagram"/></a></div></div>
                </div>""";

        ArtistSiteFacts nell = facts(html, "nell.northside");

        assertThat(nell.specialisms()).containsExactly("Neo-traditional");
        assertThat(nell.portraitUrl()).contains("https://studio.example/artists/nell.jpg");
        assertThat(facts(html, "ade.colour.works").portraitUrl()).isEmpty();
    }

    /** An artist's own page: portrait, paragraphs, a labelled specialisms line and a gallery of work. */
    @Test
    void anArtistsOwnPageGivesPortraitBioSpecialismsAndTheGalleryAsWork() {
        String html = """
                <header class="site-header"><a href="https://www.instagram.com/thestudio/">Follow us</a>
                 <img src="/logo.png" alt="The Studio"></header>
                <article><h1>Wren Ashby</h1><img src="/img/wren.jpg" alt="Wren Ashby" width="600" height="800">
                 <p>Wren has spent eight years on micro realism: pets, portraits and tiny botanicals, healed crisp.</p>
                 <p>She also draws <strong>flash</strong> for walk-in days every month.</p>
                 <p><strong>Specialities:</strong> Micro realism, Black and grey, Botanical</p>
                 <div class="gallery"><img data-lazy-src="/img/work/1.jpg" src="data:image/gif;base64,R0lGOD">
                  <img srcset="/img/work/2-300.jpg 300w, /img/work/2-1024.jpg 1024w"><img src="/img/work/3.webp"></div>
                 <p><a href="https://www.instagram.com/wren_microreal/">@wren_microreal</a> · <a href="/book">Book now</a></p>
                </article>
                <footer><a href="https://www.instagram.com/thestudio/"><img src="/ig.svg" alt=""></a></footer>""";

        ArtistSiteFacts wren = facts(html, "wren_microreal");

        assertThat(wren.portraitUrl()).contains("https://studio.example/img/wren.jpg");
        assertThat(wren.bio()).startsWith("Wren has spent eight years").contains("draws flash for walk-in days")
                .doesNotContain("Specialities").doesNotContain("Book now");
        assertThat(wren.specialisms()).containsExactly("Micro realism", "Black and grey", "Botanical");
        assertThat(wren.portfolioUrls()).containsExactly("https://studio.example/img/work/1.jpg",
                "https://studio.example/img/work/2-1024.jpg", "https://studio.example/img/work/3.webp");
    }

    /** A card whose photo links to the artist's Instagram: the photo is still their portrait. */
    @Test
    void aPhotoLinkedToInstagramIsThePortraitButTheNetworksButtonIsNot() {
        String html = """
                <div class="card"><a href="https://www.instagram.com/ruby_sable_tattoo/"><img src="/img/ruby.jpg"
                  alt="Ruby Sable" width="400" height="400"></a><h3>Ruby Sable</h3>
                 <a href="https://www.instagram.com/ruby_sable_tattoo/"><img src="/img/ig-button.png" width="32"
                  height="32" alt=""></a></div>""";

        ArtistSiteFacts ruby = facts(html, "ruby_sable_tattoo");

        assertThat(ruby.portraitUrl()).contains("https://studio.example/img/ruby.jpg");
        assertThat(ruby.portfolioUrls()).isEmpty();
    }

    /** A hand-written page: heading, picture and paragraphs one after another, no element around each artist. */
    @Test
    void onAFlatPageAnArtistsBlockRunsFromTheirHeadingToTheNext() {
        String html = """
                <h1>The artists</h1>
                <h2>Ada Briar</h2><p>Realism, black and grey. Ada opened the shop in 2019.
                 <a href="http://instagr.am/briar.bones.tattoo">insta</a></p>
                <h2>Lucan Moss</h2><img src="img/lucan.jpg" alt="Lucan Moss" width="240" height="320">
                <p>Lucan draws bold traditional flash and hand lettering, and sometimes tattoos it.</p>
                <p>Styles: Traditional, Lettering</p>
                <p><a href="https://www.instagram.com/lucan.tradworks/">Instagram</a></p>
                <h2>Wren Castell</h2><p>Micro-realism. <a href="https://instagram.com/wren_microreal/">on instagram</a></p>""";

        ArtistSiteFacts lucan = facts(html, "lucan.tradworks");

        assertThat(lucan.portraitUrl()).contains("https://studio.example/artists/img/lucan.jpg");
        assertThat(lucan.bio()).isEqualTo("Lucan draws bold traditional flash and hand lettering, and sometimes "
                + "tattoos it.");
        assertThat(lucan.specialisms()).containsExactly("Traditional", "Lettering");
        assertThat(facts(html, "briar.bones.tattoo").portraitUrl()).isEmpty();
        assertThat(facts(html, "wren_microreal").bio()).isEmpty();
    }

    /** A list under a "Styles" heading, and tag chips in a list classed as tags. */
    @Test
    void specialismsFromAHeadedListAndFromTagChips() {
        String html = """
                <div class="artist"><h3>Teo Vance</h3><h4>Styles</h4><ul><li>Tribal</li><li>Polynesian</li></ul>
                 <a href="https://instagram.com/crane.tribal.teo">IG</a></div>
                <div class="artist"><h3>Pip Lowe</h3><ul class="artist-tags"><li>Trash polka</li><li>Sketch</li></ul>
                 <a href="https://instagram.com/trash.polka.pip">IG</a></div>""";

        assertThat(facts(html, "crane.tribal.teo").specialisms()).containsExactly("Tribal", "Polynesian");
        assertThat(facts(html, "trash.polka.pip").specialisms()).containsExactly("Trash polka", "Sketch");
    }

    /** Scraped markup is data: scripts, event handlers and script URLs never reach the facts. */
    @Test
    void hostileMarkupLeavesNoScriptInTheFacts() {
        String html = """
                <div class="card"><img src="javascript:alert(1)" onerror="alert(2)"><h3>Eve Hart</h3>
                 <p>Eve tattoos blackwork <script>alert(3)</script><img src=x onerror=alert(4)> and ornamental pieces.</p>
                 <a href="https://instagram.com/eve.hart.ink">@eve.hart.ink</a></div>""";

        ArtistSiteFacts eve = facts(html, "eve.hart.ink");

        assertThat(eve.bio()).isEqualTo("Eve tattoos blackwork and ornamental pieces.");
        assertThat(eve.portraitUrl().stream().toList()).allMatch(url -> url.startsWith("https://"));
    }
}
