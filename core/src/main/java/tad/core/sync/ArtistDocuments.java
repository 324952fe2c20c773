package tad.core.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.core.domain.StyleTaxonomy;
import tad.core.domain.Studio;
import tad.core.geo.Gazetteer;
import tad.core.search.ArtistDocument;
import tad.core.search.AvailabilityEntry;
import tad.core.search.StudioSummary;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/**
 * Builds the search document of an artist from the store's records; none for an artist that is not served. A guest
 * spot whose place the gazetteer knows gets that city's centre, so the map can show the artist there too. The text
 * searched holds what the studio's website says (its paragraph and the specialisms it names), and an artist known
 * only from their studio's site gets a thumbnail from the site's pictures.
 */
public final class ArtistDocuments {
    private final StyleTaxonomy taxonomy;
    private final Gazetteer gazetteer;

    public ArtistDocuments(StyleTaxonomy taxonomy, Gazetteer gazetteer) {
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
    }

    /** With the bundled gazetteer of UK cities. */
    public ArtistDocuments(StyleTaxonomy taxonomy) {
        this(taxonomy, Gazetteer.bundled());
    }

    public Optional<ArtistDocument> of(Artist artist, List<Studio> studios, List<PortfolioImage> images) {
        if (!artist.status().served()) {
            return Optional.empty();
        }
        List<String> styles = artist.styles().stream().filter(taxonomy::isKnown).sorted().toList();
        List<String> labels = styles.stream().map(s -> taxonomy.label(s).orElse(s)).toList();
        List<Studio> ordered = studios.stream().sorted(Comparator.comparing(Studio::studioId)).toList();
        Optional<Studio> primary = ordered.stream().findFirst();
        Optional<GeoPoint> location = artist.location()
                .or(() -> primary.flatMap(Studio::location).map(Sourced::value));
        StudioSummary studio = primary.map(s -> new StudioSummary(s.name().value(), s.city(),
                s.location().map(l -> l.value().lat()).orElse(null),
                s.location().map(l -> l.value().lng()).orElse(null))).orElse(null);
        Optional<SiteProfile> site = artist.website();
        List<PortfolioImage> siteImages = site.map(SiteProfile::images).orElse(List.of());
        String thumbnail = thumb(images)
                .or(artist::profilePicture)
                .or(() -> thumb(siteImages))
                .or(() -> site.flatMap(SiteProfile::portrait).flatMap(p -> thumb(List.of(p))))
                .map(ImageVariant::path).orElse(null);
        return Optional.of(new ArtistDocument(artist.artistId(), artist.name().orElse(artist.instagramHandle()),
                artist.instagramHandle(), searchableBio(artist), ordered.stream().map(s -> s.name().value()).toList(),
                artist.city(), artist.country(), location.orElse(null), styles, labels, thumbnail, studio,
                artist.updatedAt(), artist.availability().stream().map(a -> AvailabilityEntry.of(a, gazetteer))
                .toList()));
    }

    /** Instagram's bio, then what the studio's website says and the specialisms it names: all of it is searchable. */
    static String searchableBio(Artist artist) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(artist.bio());
        artist.website().ifPresent(site -> {
            parts.add(site.bio());
            parts.add(String.join(", ", site.specialisms()));
        });
        return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private static Optional<ImageVariant> thumb(List<PortfolioImage> images) {
        return images.stream().min(Comparator.comparingInt(PortfolioImage::position))
                .flatMap(i -> i.variants().stream().filter(v -> v.size().equals("thumb")).findFirst());
    }
}
