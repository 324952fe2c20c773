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
import tad.plugin.ArtistProfile;
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

        Enrichment enrichment = new AvailabilityEnricher().enrich(profile, context);

        assertThat(enrichment.styles()).isEmpty();
        assertThat(enrichment.availability()).extracting(Availability::kind, Availability::source,
                        a -> a.stated().toString(), a -> a.expires().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Availability.Kind.BOOKS_OPEN, "bio", "2026-12-07",
                                "2027-01-06"),
                        org.assertj.core.groups.Tuple.tuple(Availability.Kind.FLASH, "caption 1", "2026-12-03",
                                "2026-12-12"));
    }
}
