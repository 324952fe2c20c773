package tad.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;
import tad.core.search.ArtistDocument;
import tad.core.search.GeneratedArtists;
import tad.plugin.Sourced;

/**
 * The load benchmark's directory as the store holds it: the artists of {@link GeneratedArtists} (the search
 * benchmarks' generator, so {@code SearchMix}'s words find them), each with a studio and two portfolio images.
 * Deterministic: the n-th artist is always the same, so runs compare.
 */
final class BenchData {
    static final long SEED = 42;
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private BenchData() {
    }

    /** A generated artist as the crawl would have stored them. */
    static Artist artist(ArtistDocument generated, Studio studio) {
        return new Artist(generated.artistId(), generated.instagramHandle(), Optional.of(generated.name()),
                generated.bio(), Optional.of(new ImageVariant("thumb", "/media/artists/" + generated.artistId()
                        + "/p/thumb.webp", 150, 150, "image/webp", 4096L)),
                Optional.empty(), false, Optional.empty(), Set.of(studio.studioId()), Set.copyOf(generated.styles()),
                Set.of(), List.of(), List.of(), generated.city(), generated.country(),
                Optional.ofNullable(generated.location()), ArtistStatus.ACTIVE, Optional.empty(), 0, 0,
                Optional.of(generated.updatedAt()), generated.updatedAt(), "bench");
    }

    /** The studio a generated artist works at: one per studio name and city. */
    static Studio studio(ArtistDocument generated) {
        String name = generated.studioNames().getFirst();
        return new Studio(studioId(generated), "bench", name + "|" + generated.city(),
                new Sourced<>(name, Sourced.STUDIO_WEBSITE, EPOCH),
                Optional.of(new Sourced<>("1 High Street, " + generated.city(), Sourced.STUDIO_WEBSITE,
                        EPOCH)),
                Optional.of(new Sourced<>(generated.location(), Sourced.STUDIO_WEBSITE, EPOCH)),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), generated.city(),
                "GB", EPOCH);
    }

    static String studioId(ArtistDocument generated) {
        return Ids.studioId("bench", generated.studioNames().getFirst() + "|" + generated.city());
    }

    static List<PortfolioImage> images(Artist artist) {
        List<PortfolioImage> images = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String prefix = "/media/artists/" + artist.artistId() + "/img" + i + "/";
            images.add(new PortfolioImage("img" + i, "src" + i, i, false, Optional.of(EPOCH),
                    "Tattoo by the artist", List.of(
                            new ImageVariant("thumb", prefix + "thumb.webp", 320, 400, "image/webp", 8192L),
                            new ImageVariant("large", prefix + "large.webp", 1080, 1350, "image/webp", 65536L))));
        }
        return images;
    }

}
