package tad.plugin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's own configuration section (keys {@code plugin.<id>.<name>} in the defaults file, environment variables
 * {@code TAD_PLUGIN_<ID>_<NAME>}, or a named operator variable such as TAD_PLACES_URL). A plugin reads it once
 * into its own config record. Getters throw {@link IllegalArgumentException} naming the key on a malformed value.
 */
public interface ConfigSection {

    /**
     * A section over plain values, parsed exactly as the host parses every plugin's section (the host builds its
     * sections with this too). Plugin tests use it instead of a fake of their own.
     *
     * @param pluginId the plugin's id, named in error messages ({@code plugin.<id>.<name> must be ...})
     * @param values   name (without the {@code plugin.<id>.} prefix) to value
     */
    static ConfigSection of(String pluginId, Map<String, String> values) {
        return new MapSection(pluginId, values);
    }

    /** A section with nothing set: the plugin's own defaults apply. */
    static ConfigSection empty(String pluginId) {
        return new MapSection(pluginId, Map.of());
    }

    Optional<String> string(String name);

    default String string(String name, String fallback) {
        return string(name).orElse(fallback);
    }

    int integer(String name, int fallback);

    long longValue(String name, long fallback);

    double decimal(String name, double fallback);

    boolean bool(String name, boolean fallback);

    Duration duration(String name, Duration fallback);

    /** A comma-separated list, trimmed, empty items dropped. */
    List<String> list(String name, List<String> fallback);
}
