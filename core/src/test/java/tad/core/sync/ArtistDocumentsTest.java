package tad.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistDocument;
import tad.core.store.Fixtures;

class ArtistDocumentsTest {
    private final ArtistDocuments documents = new ArtistDocuments(StyleTaxonomy.bundled());

    @Test
    void whatTheStudiosWebsiteSaysIsSearchableBesideTheInstagramBio() {
        Artist artist = Fixtures.withWebsite(Fixtures.artist("mara.ink", Set.of("fine-line"), "Leeds", Set.of("s1")),
                "s1");

        ArtistDocument document = documents.of(artist, List.of(), List.of(Fixtures.image("p1", 0))).orElseThrow();

        assertThat(document.bio()).contains("bio #mara.ink").contains("fine line <b>florals</b>")
                .contains("Fine line, Script");
        assertThat(document.thumbnailUrl()).isEqualTo("/media/a/p1/thumb.webp");
    }

    @Test
    void anArtistKnownOnlyFromTheirStudiosSiteGetsTheSitesPictureAsThumbnail() {
        Artist site = Fixtures.withWebsite(Fixtures.artist("mara.ink", Set.of("fine-line"), "Leeds", Set.of("s1")),
                "s1");
        Artist websiteOnly = new Artist(site.artistId(), site.instagramHandle(), site.name(), "", Optional.empty(),
                Optional.empty(), false, site.website(), site.studioIds(), site.styles(), site.hashtags(),
                site.evidence(), site.availability(), site.city(), site.country(), site.location(), site.status(),
                site.lastFailure(), 0, 0, Optional.empty(), site.updatedAt(), site.lastSeenRun());

        ArtistDocument document = documents.of(websiteOnly, List.of(), List.of()).orElseThrow();

        assertThat(document.thumbnailUrl()).isEqualTo("/media/a/site-1/thumb.webp");
        assertThat(document.bio()).startsWith("Books open for fine line");
    }
}
