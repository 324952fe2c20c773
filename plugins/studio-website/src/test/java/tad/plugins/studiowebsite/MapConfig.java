package tad.plugins.studiowebsite;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.plugin.ConfigSection;

/** A config section over a map, for tests (the host's real one merges defaults, environment and flags). */
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
        return string(name).map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList()).orElse(fallback);
    }
}
