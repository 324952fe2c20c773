package tad.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.Studio;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;
import tad.core.domain.StyleTaxonomy;

/**
 * Deterministic synthetic directory for the load benchmark: the n-th artist is always the same, so runs compare.
 * Artists spread over twenty UK cities (jittered around each centre), one to three styles, five per studio.
 */
final class BenchData {
    static final String[][] CITIES = {{"London", "51.507", "-0.128"}, {"Manchester", "53.481", "-2.243"},
            {"Leeds", "53.800", "-1.549"}, {"Birmingham", "52.486", "-1.890"}, {"Glasgow", "55.864", "-4.252"},
            {"Liverpool", "53.408", "-2.991"}, {"Bristol", "51.454", "-2.588"}, {"Sheffield", "53.381", "-1.470"},
            {"Edinburgh", "55.953", "-3.188"}, {"Cardiff", "51.481", "-3.179"}, {"Belfast", "54.597", "-5.930"},
            {"Newcastle", "54.978", "-1.618"}, {"Nottingham", "52.954", "-1.158"}, {"Brighton", "50.822", "-0.137"},
            {"Leicester", "52.637", "-1.140"}, {"Norwich", "52.630", "1.297"}, {"York", "53.960", "-1.087"},
            {"Oxford", "51.752", "-1.258"}, {"Cambridge", "52.205", "0.122"}, {"Plymouth", "50.375", "-4.143"}};
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "len", "sa", "to", "vi", "na", "el", "ro", "jun",
            "ash", "bel", "dor", "fin", "gar", "hal", "ink", "jax", "kit"};
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final List<String> slugs;

    BenchData(StyleTaxonomy taxonomy) {
        this.slugs = taxonomy.slugs();
    }

    static String handle(int n) {
        Random random = new Random(n);
        return word(random) + "." + word(random) + "_" + n;
    }

    static String artistId(int n) {
        return Ids.artistId(handle(n));
    }

    Studio studio(int studioNumber) {
        Random random = new Random(1_000_000L + studioNumber);
        String[] city = CITIES[studioNumber % CITIES.length];
        GeoPoint point = new GeoPoint(Double.parseDouble(city[1]) + (random.nextDouble() - 0.5) * 0.2,
                Double.parseDouble(city[2]) + (random.nextDouble() - 0.5) * 0.3);
        String name = capitalise(word(random)) + " " + capitalise(word(random)) + " Tattoo";
        return new Studio(Ids.studioId("bench", "s" + studioNumber), "bench", "s" + studioNumber,
                new Sourced<>(name, Sourced.STUDIO_WEBSITE, EPOCH),
                Optional.of(new Sourced<>(studioNumber + " High Street, " + city[0], Sourced.STUDIO_WEBSITE, EPOCH)),
                Optional.of(new Sourced<>(point, Sourced.STUDIO_WEBSITE, EPOCH)), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), city[0], "GB", EPOCH);
    }

    Artist artist(int n, Studio studio) {
        Random random = new Random(n * 31L + 7);
        Set<String> styles = new TreeSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            styles.add(slugs.get(random.nextInt(slugs.size())));
        }
        String handle = handle(n);
        String name = capitalise(word(random)) + " " + capitalise(word(random));
        return new Artist(Ids.artistId(handle), handle, Optional.of(name),
                "Custom " + String.join(", ", styles) + " work in " + studio.city() + ". Books open.",
                Optional.of(new ImageVariant("thumb", "/media/artists/x/p/thumb.webp", 150, 150, "image/webp", 4096L)),
                Optional.empty(), false, Optional.empty(), Set.of(studio.studioId()), styles, Set.of(), List.of(),
                List.of(),
                studio.city(), "GB",
                studio.location().map(Sourced::value), ArtistStatus.ACTIVE, Optional.empty(), 0, 0,
                Optional.of(EPOCH), EPOCH.plusSeconds(n), "bench");
    }

    List<PortfolioImage> images(Artist artist) {
        List<PortfolioImage> images = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String prefix = "/media/artists/" + artist.artistId() + "/img" + i + "/";
            images.add(new PortfolioImage("img" + i, "src" + i, i, false, Optional.of(EPOCH), "Tattoo by the artist",
                    List.of(new ImageVariant("thumb", prefix + "thumb.webp", 320, 400, "image/webp", 8192L),
                            new ImageVariant("large", prefix + "large.webp", 1080, 1350, "image/webp", 65536L))));
        }
        return images;
    }

    private static String word(Random random) {
        return SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
