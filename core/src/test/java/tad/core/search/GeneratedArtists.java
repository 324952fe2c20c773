package tad.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tad.plugin.GeoPoint;

/**
 * Deterministic made-up artists for benchmarks: the same seed gives the same artists on every machine. A third of
 * them are around Leeds, the rest spread over other UK cities, each a few kilometres from its centre.
 */
public final class GeneratedArtists {
    public record City(String name, double lat, double lng, int weight) {}

    public static final List<City> CITIES = List.of(
            new City("Leeds", 53.7997, -1.5492, 30), new City("Bradford", 53.7950, -1.7594, 6),
            new City("York", 53.9590, -1.0815, 5), new City("Manchester", 53.4808, -2.2426, 12),
            new City("Sheffield", 53.3811, -1.4701, 7), new City("Liverpool", 53.4084, -2.9916, 7),
            new City("Newcastle", 54.9783, -1.6178, 6), new City("Birmingham", 52.4862, -1.8904, 9),
            new City("London", 51.5072, -0.1276, 10), new City("Bristol", 51.4545, -2.5879, 4),
            new City("Glasgow", 55.8642, -4.2518, 2), new City("Edinburgh", 55.9533, -3.1883, 2));
    public static final List<String> STYLES = List.of("blackwork", "fine-line", "traditional", "neo-traditional",
            "realism", "japanese", "watercolour", "dotwork", "lettering", "geometric", "tribal", "illustrative",
            "minimalist", "trash-polka", "new-school", "chicano", "ornamental", "micro-realism", "sketch", "cover-up");
    static final List<String> FIRST = List.of("Sam", "Priya", "Tom", "Lena", "Ollie", "Hana", "Jose", "Grace", "Marek",
            "Ruby", "Dev", "Ivy", "Connor", "Aisha", "Ben", "Chloe", "Yuki", "Harriet", "Felix", "Nina", "Oscar",
            "Sophie", "Kwame", "Emily", "Luca", "Mia", "Zara", "Jack", "Amelia", "Noor", "Ellis", "Freya", "Rowan");
    static final List<String> LAST = List.of("Blackwood", "Shah", "Hargreaves", "Novak", "Brandt", "Sato", "Alvarez",
            "Whitfield", "Zielinski", "Quinn", "Patel", "Holt", "Reid", "Begum", "Walsh", "Martin", "Tanaka", "Lowe",
            "Moore", "Petrova", "Bell", "Clarke", "Mensah", "Turner", "Romano", "Wong", "Ahmed", "Wilson", "Scott");
    static final List<String> STUDIO_WORDS = List.of("Zephyr", "Kirkgate", "North Star", "Headrow", "Iron Anchor",
            "Black Lotus", "Old Mill", "Red Kite", "Copper", "Raven", "Electric", "Golden Hind", "Blue Moon");
    static final List<String> BIO_WORDS = List.of("bold", "delicate", "custom", "florals", "portraits", "animals",
            "script", "sleeves", "mandala", "botanical", "linework", "shading", "colour", "black", "grey", "flash",
            "geometry", "koi", "dragons", "roses", "skulls", "lettering", "minimal", "ornamental", "heavy", "soft");

    private GeneratedArtists() {}

    public static List<ArtistDocument> generate(int count, long seed) {
        Random random = new Random(seed);
        Instant epoch = Instant.parse("2025-01-01T00:00:00Z");
        List<ArtistDocument> artists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = pick(random, FIRST);
            String last = pick(random, LAST);
            City city = city(random);
            GeoPoint location = new GeoPoint(city.lat() + random.nextGaussian() * 0.04,
                    city.lng() + random.nextGaussian() * 0.06);
            String studio = pick(random, STUDIO_WORDS) + (random.nextBoolean() ? " Tattoo" : " Ink");
            List<String> styles = styles(random);
            String bio = String.join(" ", pick(random, BIO_WORDS), pick(random, BIO_WORDS), "and",
                    pick(random, BIO_WORDS), pick(random, BIO_WORDS) + ",", "based in", city.name() + ".");
            String id = "b%06d".formatted(i);
            artists.add(new ArtistDocument(id, first + " " + last,
                    (first + "." + last).toLowerCase() + (i % 97), bio, List.of(studio), city.name(), "GB", location,
                    styles, styles.stream().map(GeneratedArtists::label).toList(), "/media/" + id + "/thumb.webp",
                    new StudioSummary(studio, city.name(), location.lat(), location.lng()),
                    epoch.plusSeconds(random.nextInt(365 * 86_400))));
        }
        return artists;
    }

    public static City city(Random random) {
        int total = CITIES.stream().mapToInt(City::weight).sum();
        int n = random.nextInt(total);
        for (City city : CITIES) {
            n -= city.weight();
            if (n < 0) {
                return city;
            }
        }
        throw new AssertionError("weights add up");
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<String> styles(Random random) {
        Set<String> styles = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        while (styles.size() < count) {
            // squaring skews towards the first styles, as real popularity is skewed
            double r = random.nextDouble();
            styles.add(STYLES.get((int) (r * r * STYLES.size())));
        }
        return List.copyOf(styles);
    }

    private static String label(String slug) {
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
