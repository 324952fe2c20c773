package tad.search.opensearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.AvailabilityEntry;
import tad.plugin.GeoPoint;
import tad.core.search.Relevance;
import tad.core.search.SearchText;
import tad.core.search.StudioSummary;

/**
 * An artist as stored in the OpenSearch index (its {@code _source}); field names match the mapping in
 * {@link OpenSearchMapping}. Text fields hold the normalised text of {@link SearchText}, the same Lucene indexes;
 * {@code item} holds what a result item displays ({@link OpenSearchItems}): not searched, read from its doc value.
 */
record OpenSearchArtist(
        String artistId,
        String name,
        String handle,
        String styleLabels,
        String studio,
        String bio,
        String allText,
        List<String> styles,
        String city,
        String country,
        Location location,
        long updatedAt,
        Map<String, Long> availabilityExpires,
        String item) {

    /** A geo_point in its object form. */
    record Location(double lat, double lon) {}

    /** What a result item shows, kept verbatim (encoded into {@code item}; in {@code show} before December 2026). */
    record Show(String name, String instagramHandle, List<String> styles, StudioSummary studio, String thumbnailUrl,
                List<ShownAvailability> availability) {}

    /** An availability statement as shown; days as ISO strings, so no date module is needed to read them back. */
    record ShownAvailability(String kind, String from, String until, String place, String evidence, String expires,
                             Location location) {
        static ShownAvailability of(AvailabilityEntry e) {
            return new ShownAvailability(e.kind(), day(e.from()), day(e.until()), e.place(), e.evidence(),
                    e.expires().toString(), e.location() == null ? null
                    : new Location(e.location().lat(), e.location().lng()));
        }

        AvailabilityEntry toEntry() {
            return new AvailabilityEntry(kind, parse(from), parse(until), place, evidence, LocalDate.parse(expires),
                    location == null ? null : new GeoPoint(location.lat(), location.lon()));
        }

        private static String day(LocalDate day) {
            return day == null ? null : day.toString();
        }

        private static LocalDate parse(String day) {
            return day == null ? null : LocalDate.parse(day);
        }
    }

    static OpenSearchArtist of(ArtistDocument doc) {
        return new OpenSearchArtist(
                doc.artistId(),
                Relevance.TextField.NAME.textOf(doc),
                Relevance.TextField.HANDLE.textOf(doc),
                Relevance.TextField.STYLE_LABELS.textOf(doc),
                Relevance.TextField.STUDIO.textOf(doc),
                Relevance.TextField.BIO.textOf(doc),
                Relevance.allTextOf(doc),
                doc.styles(),
                doc.city() == null ? null : SearchText.cityKey(doc.city()),
                doc.country(),
                doc.location() == null ? null : new Location(doc.location().lat(), doc.location().lng()),
                doc.updatedAt().toEpochMilli(),
                expiries(doc),
                OpenSearchItems.encode(new Show(doc.name(), doc.instagramHandle(), doc.styles(), doc.studio(),
                        doc.thumbnailUrl(), doc.availability().stream().map(ShownAvailability::of).toList())));
    }

    private static Map<String, Long> expiries(ArtistDocument doc) {
        Map<String, Long> days = new TreeMap<>();
        doc.availabilityExpiry().forEach((kind, day) -> days.put(kind, day.toEpochDay()));
        return days.isEmpty() ? null : days;
    }

    /** The part of {@code _source} a document indexed before {@code item} existed shows in results. */
    static final List<String> SHOWN_FIELDS = List.of("artistId", "show");

    /** Such a document's {@code _source}, filtered to {@link #SHOWN_FIELDS}. */
    record Shown(String artistId, Show show) {}

    /** A result item from what the index kept of it. */
    static ArtistHit hit(String artistId, Show show) {
        List<AvailabilityEntry> availability = show.availability() == null ? List.of()
                : show.availability().stream().map(ShownAvailability::toEntry).toList();
        return new ArtistHit(artistId, show.name(), show.instagramHandle(), show.styles(), show.studio(),
                show.thumbnailUrl(), availability);
    }
}
