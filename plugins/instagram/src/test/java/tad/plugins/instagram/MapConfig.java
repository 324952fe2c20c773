package tad.plugins.instagram;

import java.util.Map;
import tad.plugin.MapSection;

/** A config section over a map, parsed by the host's own parser, so a test reads a value exactly as a crawl would. */
final class MapConfig extends MapSection {
    MapConfig(Map<String, String> values) {
        super("instagram", values);
    }

    static MapConfig of(String... keysAndValues) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new MapConfig(map);
    }
}
