package tad.search.opensearch;

import java.util.List;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.Relevance;
import tad.core.search.SearchText;
import tad.core.search.StudioSummary;

/**
 * An artist as stored in the OpenSearch index (its {@code _source}); field names match the mapping in
 * {@link OpenSearchMapping}. Text fields hold the normalised text of {@link SearchText}, the same Lucene indexes;
 * {@code show} holds what a result item displays and is not indexed.
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
        Show show) {

    /** A geo_point in its object form. */
    record Location(double lat, double lon) {}

    /** What a result item shows, kept verbatim. */
    record Show(String name, String instagramHandle, List<String> styles, StudioSummary studio, String thumbnailUrl) {}

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
                new Show(doc.name(), doc.instagramHandle(), doc.styles(), doc.studio(), doc.thumbnailUrl()));
    }

    ArtistHit toHit() {
        return new ArtistHit(artistId, show.name(), show.instagramHandle(), show.styles(), show.studio(), show.thumbnailUrl());
    }
}
