package tad.serve;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.core.domain.Studio;
import tad.core.domain.StyleTaxonomy;
import tad.core.geo.Gazetteer;
import tad.core.search.AvailabilityEntry;
import tad.core.store.ArtistStore;
import tad.plugin.InstagramHandles;
import tad.plugin.Sourced;

/** Builds the profile view of a visible artist from the store. */
final class ProfileMapper {
    private final ArtistStore artists;
    private final StyleTaxonomy taxonomy;
    private final Gazetteer gazetteer;
    private final Clock clock;

    ProfileMapper(ArtistStore artists, StyleTaxonomy taxonomy, Gazetteer gazetteer, Clock clock) {
        this.artists = artists;
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    ArtistProfile profile(Artist artist) {
        List<ArtistProfile.StudioView> studios = artist.studioIds().stream().sorted()
                .map(artists::studio).flatMap(Optional::stream).map(ProfileMapper::studio).toList();
        List<ArtistProfile.StyleView> styles = artist.styles().stream()
                .sorted(Comparator.comparingInt(this::displayOrder).thenComparing(Comparator.naturalOrder()))
                .map(slug -> new ArtistProfile.StyleView(slug, taxonomy.label(slug).orElse(slug),
                        evidence(artist, slug))).toList();
        List<ArtistProfile.ImageView> images = artists.images(artist.artistId()).stream()
                .map(ProfileMapper::image).toList();
        LocalDate today = LocalDate.now(clock); // expiry is judged now, not when the profile was crawled
        List<AvailabilityEntry> availability = artist.availability().stream().filter(a -> a.activeOn(today))
                .map(a -> AvailabilityEntry.of(a, gazetteer)).toList();
        return new ArtistProfile(artist.artistId(), artist.name().orElse(artist.instagramHandle()),
                artist.instagramHandle(), InstagramHandles.profileUrl(artist.instagramHandle()), artist.bio(),
                artist.profilePicture().map(ProfileMapper::picture).orElse(null), studios, styles, images,
                artist.website().map(this::website).orElse(null), artist.updatedAt(), availability);
    }

    /** The places the style was read, as the enrichers stored them ("instagram caption 2:neo traditional"). */
    private static List<ArtistProfile.StyleSource> evidence(Artist artist, String slug) {
        return artist.evidence().stream().filter(e -> e.style().equals(slug))
                .flatMap(e -> e.where().stream()).map(ProfileMapper::styleSource).toList();
    }

    private static ArtistProfile.StyleSource styleSource(String where) {
        int colon = where.indexOf(':');
        return colon < 0 ? new ArtistProfile.StyleSource(null, where)
                : new ArtistProfile.StyleSource(where.substring(0, colon), where.substring(colon + 1));
    }

    private ArtistProfile.WebsiteView website(SiteProfile site) {
        String studioName = artists.studio(site.studioId()).map(s -> s.name().value()).orElse(null);
        return new ArtistProfile.WebsiteView(Sourced.STUDIO_WEBSITE, site.studioId(), studioName,
                webAddress(site.page()), site.bio(), site.portrait().map(ProfileMapper::image).orElse(null),
                site.specialisms(), site.images().stream().map(ProfileMapper::image).toList());
    }

    /** Only an http(s) address is passed on as a link: a page address is scraped text too. */
    static String webAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    private int displayOrder(String slug) {
        int index = taxonomy.slugs().indexOf(slug);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static ArtistProfile.StudioView studio(Studio studio) {
        ArtistProfile.Location location = studio.location().map(Sourced::value)
                .map(p -> new ArtistProfile.Location(p.lat(), p.lng())).orElse(null);
        return new ArtistProfile.StudioView(studio.studioId(), studio.name().value(),
                studio.address().map(Sourced::value).orElse(null), studio.city(), studio.country(), location,
                studio.website().orElse(null));
    }

    private static ArtistProfile.ImageView image(PortfolioImage image) {
        List<ArtistProfile.Picture> sizes = image.variants().stream()
                .sorted(Comparator.comparingInt(ImageVariant::width)).map(ProfileMapper::picture).toList();
        ArtistProfile.Picture largest = sizes.isEmpty() ? null : sizes.getLast();
        return new ArtistProfile.ImageView(image.imageId(), image.altText(), image.videoCover(),
                image.takenAt().orElse(null), largest == null ? 0 : largest.width(),
                largest == null ? 0 : largest.height(), sizes);
    }

    private static ArtistProfile.Picture picture(ImageVariant variant) {
        return new ArtistProfile.Picture(variant.size(), variant.path(), variant.width(), variant.height(),
                variant.contentType());
    }
}
