package tad.availability;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.plugin.ConfigSection;

/** A config section backed by a map, as the host would hand the plugin after merging defaults and overrides. */
record MapConfig(Map<String, String> values) implements ConfigSection {

    @Override
    public Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public int integer(String name, int fallback) {
        return string(name).map(Integer::parseInt).orElse(fallback);
    }

    @Override
    public long longValue(String name, long fallback) {
        return string(name).map(Long::parseLong).orElse(fallback);
    }

    @Override
    public double decimal(String name, double fallback) {
        return string(name).map(Double::parseDouble).orElse(fallback);
    }

    @Override
    public boolean bool(String name, boolean fallback) {
        return string(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    @Override
    public Duration duration(String name, Duration fallback) {
        return string(name).map(Duration::parse).orElse(fallback);
    }

    @Override
    public List<String> list(String name, List<String> fallback) {
        return string(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(fallback);
    }
}
