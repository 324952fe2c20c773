package tad.styles;

import java.util.Map;
import tad.plugin.MapSection;

/** A config section over a map, parsed by the host's own parser, so a test reads a value exactly as a crawl would. */
final class MapConfig extends MapSection {
    MapConfig(Map<String, String> values) {
        super("style-inference", values);
    }
}
