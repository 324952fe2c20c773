package tad.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.core.domain.Artist;
import tad.core.store.Fixtures;
import tad.plugin.Enrichment;
import tad.plugin.StyleEvidence;

class StoredEnrichmentTest {

    @Test
    void theInstagramPartDropsWhatOnlyTheWebsiteSaidAndKeepsTheRest() {
        Artist stored = withEvidence(Fixtures.artist("mara.ink", Set.of("dotwork", "japanese", "blackwork"), "Leeds",
                Set.of("s1")), List.of(
                new StyleEvidence("dotwork", 3, List.of("instagram bio:#dotwork", "instagram caption 1:dotwork",
                        "studio-website specialisms:dotwork")),
                new StyleEvidence("japanese", 1, List.of("studio-website bio:japanese")),
                // stored before evidence named its source: Instagram was the only one then
                new StyleEvidence("blackwork", 1, List.of("bio:blackwork"))));

        Enrichment part = StoredEnrichment.instagramPart(stored);

        assertThat(part.styles()).containsExactlyInAnyOrder("dotwork", "blackwork");
        assertThat(part.evidence()).containsExactlyInAnyOrder(
                new StyleEvidence("dotwork", 2, List.of("instagram bio:#dotwork", "instagram caption 1:dotwork")),
                new StyleEvidence("blackwork", 1, List.of("bio:blackwork")));
    }

    @Test
    void theUnionWithThisRunsWebsiteEvidenceKeepsOneEntryPerStyle() {
        Enrichment instagram = new Enrichment(Set.of("dotwork"), Set.of("dotwork"),
                List.of(new StyleEvidence("dotwork", 2, List.of("instagram bio:#dotwork", "instagram caption 1:dots"))));
        Enrichment website = new Enrichment(Set.of("dotwork", "fine-line"), Set.of(), List.of(
                new StyleEvidence("dotwork", 1, List.of("studio-website specialisms:dotwork")),
                new StyleEvidence("fine-line", 1, List.of("studio-website bio:fine line"))));

        Enrichment both = Enrichers.union(List.of(instagram, website));

        assertThat(both.styles()).containsExactly("dotwork", "fine-line");
        assertThat(both.evidence()).containsExactly(
                new StyleEvidence("dotwork", 3, List.of("instagram bio:#dotwork", "instagram caption 1:dots",
                        "studio-website specialisms:dotwork")),
                new StyleEvidence("fine-line", 1, List.of("studio-website bio:fine line")));
    }

    private static Artist withEvidence(Artist a, List<StyleEvidence> evidence) {
        return new Artist(a.artistId(), a.instagramHandle(), a.name(), a.bio(), a.profilePicture(), a.externalUrl(),
                a.verified(), a.website(), a.studioIds(), a.styles(), a.hashtags(), evidence, a.availability(),
                a.city(), a.country(), a.location(), a.status(), a.lastFailure(), a.missedRuns(), a.failedRuns(),
                a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }
}
