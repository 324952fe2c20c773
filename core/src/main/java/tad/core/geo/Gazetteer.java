package tad.core.geo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tad.plugin.BoundingBox;

/**
 * Resolves a typed city name ({@code --city leeds}) to the area a crawl covers, from a bundled list of UK cities
 * ({@code tad/geo/uk-cities.json}). Unknown names get suggestions, so a typo is a helpful error, not a silent miss.
 */
public final class Gazetteer {
    private static final String BUNDLED = "/tad/geo/uk-cities.json";
    /** Further than this from every name, a suggestion is noise; scaled down for short names. */
    private static final int MAX_SUGGESTION_DISTANCE = 3;
    /** A word of a place name: capitalised, or a joining word of one ("upon", "on", "le"). */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*|(?<=\\s)(?:upon|on|le|de)(?=\\s)");
    private static final int MAX_NAME_WORDS = 3;

    private final List<City> cities;
    private final Map<String, City> byKey = new HashMap<>();

    public Gazetteer(List<City> cities) {
        this.cities = List.copyOf(cities);
        for (City city : this.cities) {
            register(CityNames.key(city.name()), city);
            city.aliases().forEach(alias -> register(CityNames.key(alias), city));
        }
    }

    private void register(String key, City city) {
        City previous = byKey.putIfAbsent(key, city);
        if (previous != null && previous != city) {
            throw new IllegalArgumentException("'" + key + "' names both " + previous.name() + " and " + city.name());
        }
    }

    /** The cities shipped with tad: the largest UK cities and urban areas. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            CityFile file = new ObjectMapper().readValue(in, CityFile.class);
            return new Gazetteer(file.cities().stream().map(CityEntry::toCity).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    public List<City> cities() {
        return cities;
    }

    public Optional<City> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(CityNames.key(name)));
    }

    /**
     * The first city a text names, as a capitalised word sequence of up to three words ("Leeds guest spot at Ink
     * Factory" names Leeds; "Newcastle upon Tyne 20-22 Feb" names Newcastle upon Tyne). For untrusted scraped text:
     * it only looks names up.
     */
    public Optional<City> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher words = CAPITALISED.matcher(text);
        List<int[]> spans = new java.util.ArrayList<>();
        while (words.find()) {
            spans.add(new int[] {words.start(), words.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int length = Math.min(MAX_NAME_WORDS, spans.size() - i); length >= 1; length--) {
                Optional<City> city = find(text.substring(spans.get(i)[0], spans.get(i + length - 1)[1]));
                if (city.isPresent()) {
                    return city;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Up to {@code max} city names close to what was typed, best first: names it is a prefix of ("brad" →
     * Bradford), then names within a few edits ("leds" → Leeds).
     */
    public List<String> closeMatches(String name, int max) {
        String typed = CityNames.key(name == null ? "" : name);
        if (typed.isEmpty() || max <= 0) {
            return List.of();
        }
        int allowed = Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, typed.length() / 3));
        Map<City, Integer> scores = new LinkedHashMap<>();
        byKey.forEach((key, city) -> {
            int score = key.startsWith(typed) && typed.length() >= 3 ? 0 : CityNames.editDistance(typed, key);
            if (score <= allowed) {
                scores.merge(city, score, Math::min);
            }
        });
        return scores.entrySet().stream()
                .sorted(Map.Entry.<City, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().name(), Comparator.naturalOrder()))
                .limit(max)
                .map(e -> e.getKey().name())
                .toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record CityFile(List<CityEntry> cities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record CityEntry(String name, String country, List<String> aliases, Box bbox) {
        City toCity() {
            return new City(name, country, aliases == null ? List.of() : aliases,
                    new BoundingBox(bbox.west(), bbox.south(), bbox.east(), bbox.north()));
        }
    }

    private record Box(double west, double south, double east, double north) {
    }
}
