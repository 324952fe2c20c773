package tad.plugins.instagram;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.plugin.ConfigSection;

/** A ConfigSection over a map, parsing the way the host's does (a malformed value names its key). */
record MapConfig(Map<String, String> values) implements ConfigSection {

    static MapConfig of(String... keysAndValues) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new MapConfig(Map.copyOf(map));
    }

    @Override
    public Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public int integer(String name, int fallback) {
        return parse(name, fallback, Integer::parseInt);
    }

    @Override
    public long longValue(String name, long fallback) {
        return parse(name, fallback, Long::parseLong);
    }

    @Override
    public double decimal(String name, double fallback) {
        return parse(name, fallback, Double::parseDouble);
    }

    @Override
    public boolean bool(String name, boolean fallback) {
        return parse(name, fallback, v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(v);
        });
    }

    @Override
    public Duration duration(String name, Duration fallback) {
        return parse(name, fallback, Duration::parse);
    }

    @Override
    public List<String> list(String name, List<String> fallback) {
        return string(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(fallback);
    }

    private <T> T parse(String name, T fallback, java.util.function.Function<String, T> parser) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": malformed value '" + value + "'", e);
        }
    }
}
