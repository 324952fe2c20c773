package tad.plugin;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one parser of a plugin's configuration section: the host builds every plugin's section with it, and plugin
 * tests build theirs with it too ({@link ConfigSection#of}), so a test reads a value exactly as a crawl would.
 * Blank values count as absent; a malformed value is an {@link IllegalArgumentException} that names the full key
 * ({@code plugin.<id>.<name>}) and the rule. {@link #toString()} names the keys only: sections hold secrets.
 */
public class MapSection implements ConfigSection {
    private final String pluginId;
    private final Map<String, String> values;

    /** Plugin tests may name their own subclass (a shorter name for this in their fixtures); nothing to override. */
    public MapSection(String pluginId, Map<String, String> values) {
        this.pluginId = pluginId;
        this.values = Map.copyOf(values);
    }

    @Override
    public final Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public final int integer(String name, int fallback) {
        long value = longValue(name, fallback);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw bad(name, "a whole number in int range");
        }
        return (int) value;
    }

    @Override
    public final long longValue(String name, long fallback) {
        return string(name).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw bad(name, "a whole number");
            }
        }).orElse(fallback);
    }

    @Override
    public final double decimal(String name, double fallback) {
        return string(name).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw bad(name, "a number");
            }
        }).orElse(fallback);
    }

    @Override
    public final boolean bool(String name, boolean fallback) {
        return string(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw bad(name, "true or false");
        }).orElse(fallback);
    }

    @Override
    public final Duration duration(String name, Duration fallback) {
        return string(name).map(v -> {
            try {
                return v.matches("\\d+") ? Duration.ofMillis(Long.parseLong(v)) : Duration.parse(v);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw bad(name, "milliseconds or an ISO-8601 duration such as PT5S");
            }
        }).orElse(fallback);
    }

    @Override
    public final List<String> list(String name, List<String> fallback) {
        return string(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(fallback);
    }

    /** The plugin id this section belongs to. */
    public String pluginId() {
        return pluginId;
    }

    /** Every name set in this section, for diagnostics; values are not exposed this way. */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    private IllegalArgumentException bad(String name, String rule) {
        return new IllegalArgumentException("plugin." + pluginId + "." + name + " must be " + rule + ", got '"
                + values.get(name) + "'");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapSection s && s.getClass() == getClass() && s.pluginId.equals(pluginId) && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return pluginId.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "Section[" + pluginId + ", " + new java.util.TreeSet<>(values.keySet()) + "]";
    }
}
