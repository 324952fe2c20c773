package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tad.plugin.ArtistEvidence;
import tad.plugin.ArtistProfile;
import tad.plugin.ArtistSiteFacts;
import tad.plugin.Availability;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.RemoteImage;

class AvailabilityEnricherTest {

    private static RemoteImage post(String id, String caption, String postedAt) {
        return new RemoteImage(id, "https://cdn.example/" + id + ".jpg", false,
                Optional.ofNullable(postedAt).map(Instant::parse), caption);
    }

    @Test
    void readsTheBioAsOfTodayAndEachCaptionAsOfItsPost() {
        ArtistProfile profile = new ArtistProfile("mara.ink", Optional.empty(), "Blackwork | books open ✉️",
                Optional.empty(), Optional.empty(), false, List.of(
                post("a1", "Flash day Saturday 12th December ⚡", "2026-12-03T18:00:00Z"),
                post("a2", "Flash day Saturday 12th December ⚡", "2026-12-03T18:00:00Z"), // carousel child
                post("b", "Guesting in Leeds 9-11 Nov", "2026-10-20T10:00:00Z"),          // over by now
                post("c", "Guest spot in Bristol 20-22 Jan", null)));                    // no date: left out
        PluginContext context = new PluginContext(null, new MapConfig(Map.of("books-days", "30")),
                Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC),
                LoggerFactory.getLogger(AvailabilityEnricherTest.class));

        Enrichment enrichment = new AvailabilityEnricher().enrich(ArtistEvidence.of(profile), context);

        assertThat(enrichment.styles()).isEmpty();
        assertThat(enrichment.availability()).extracting(Availability::kind, Availability::source,
                        a -> a.stated().toString(), a -> a.expires().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Availability.Kind.BOOKS_OPEN, "instagram bio", "2026-12-07",
                                "2027-01-06"),
                        org.assertj.core.groups.Tuple.tuple(Availability.Kind.FLASH, "instagram caption 1", "2026-12-03",
                                "2026-12-12"));
    }

    @Test
    void readsTheStudioWebsitesTextAsOfTheDayItIsRead() {
        ArtistEvidence site = ArtistEvidence.of("mara.ink", Optional.empty(), Optional.of(new ArtistSiteFacts(
                "https://studio.example/artists/mara", "Mara is guesting in Leeds 12-14 January.", Optional.empty(),
                List.of(), List.of("Blackwork"))));
        PluginContext context = new PluginContext(null, new MapConfig(Map.of()),
                Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC),
                LoggerFactory.getLogger(AvailabilityEnricherTest.class));

        assertThat(new AvailabilityEnricher().enrich(site, context).availability()).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo("studio-website bio");
                    assertThat(a.place()).contains("Leeds");
                    assertThat(a.until()).contains(java.time.LocalDate.of(2027, 1, 14));
                });
    }

    /**
     * The crawl hands the enricher the studio the artist was found at; its name is no guest spot's place, and a guest
     * spot without a place is withheld (precision first: a guest at the artist's own studio is not the artist's).
     */
    @Test
    void theStudioTheCrawlFoundTheArtistAtIsNoPlace() {
        ArtistEvidence site = ArtistEvidence.of("mara.ink", Optional.empty(), Optional.of(new ArtistSiteFacts(
                "https://briarandbone.example/artists/mara", "Guest spot at Briar & Bone 12-14 January with [name].",
                Optional.empty(), List.of(), List.of()))).atStudios(List.of(new tad.plugin.StudioRef("s1",
                "Briar & Bone", Optional.of("https://briarandbone.example"), "Leeds")));
        PluginContext context = new PluginContext(null, new MapConfig(Map.of()),
                Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC),
                LoggerFactory.getLogger(AvailabilityEnricherTest.class));

        assertThat(new AvailabilityEnricher().enrich(site, context).availability()).isEmpty();
        assertThat(new AvailabilityEnricher().enrich(new ArtistEvidence("mara.ink", site.sources()), context)
                .availability()).isEmpty(); // "Briar & Bone" after "at" is a business's name without the crawl's word too
    }

    @Test
    void readsAHugeCaptionOnlyUpToInstagramsLimit() {
        // 200,000 characters of filler after a statement (no timing asserted: it finishes, and says what its start says)
        String filler = "flash day and guest spot in Leeds 12-14 May, ".repeat(4_500);
        ArtistProfile profile = new ArtistProfile("mara.ink", Optional.empty(), "", Optional.empty(), Optional.empty(),
                false, List.of(post("big", "Books open for January! 🖤 " + filler, "2026-12-03T18:00:00Z")));
        PluginContext context = new PluginContext(null, new MapConfig(Map.of()),
                Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC),
                LoggerFactory.getLogger(AvailabilityEnricherTest.class));

        Enrichment enrichment = new AvailabilityEnricher().enrich(ArtistEvidence.of(profile), context);

        assertThat(enrichment.availability()).extracting(Availability::kind)
                .contains(Availability.Kind.BOOKS_OPEN);
        assertThat(AvailabilityEnricher.texts(ArtistEvidence.of(profile), java.time.LocalDate.of(2026, 12, 7)))
                .allMatch(t -> t.text().length() <= AvailabilityEnricher.CAPTION_CHARS);
    }

    @Test
    void aCapNeverSplitsAnEmoji() {
        String text = "a".repeat(9) + "🖤";
        assertThat(AvailabilityEnricher.capped(text, 10)).isEqualTo("a".repeat(9));
        assertThat(AvailabilityEnricher.capped(text, 11)).isEqualTo(text);
    }
}
