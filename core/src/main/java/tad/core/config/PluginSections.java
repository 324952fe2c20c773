package tad.core.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tad.plugin.ConfigSection;

/**
 * Builds each plugin's section from the keys {@code plugin.<id>.<name>}. Core knows no plugin id or key: an
 * operator-facing variable feeds a plugin key only because the defaults file says so with a reference
 * ({@code plugin.google-places.base-url=${places.url}}), resolved here against the effective configuration.
 */
final class PluginSections {
    private PluginSections() {
    }

    static Map<String, ConfigSection> of(RawConfig raw, Collection<String> enabled) {
        Set<String> ids = pluginIds(raw.entries().keySet());
        ids.addAll(enabled);
        Map<String, ConfigSection> sections = new HashMap<>();
        for (String id : ids) {
            String prefix = "plugin." + id + ".";
            Map<String, String> values = new HashMap<>();
            raw.entries().forEach((key, entry) -> {
                if (key.startsWith(prefix)) {
                    raw.resolved(key).ifPresent(value -> values.put(key.substring(prefix.length()), value));
                }
            });
            sections.put(id, ConfigSection.of(id, values));
        }
        return sections;
    }

    static Set<String> pluginIds(Set<String> keys) {
        Set<String> ids = new TreeSet<>();
        for (String key : keys) {
            if (key.startsWith("plugin.")) {
                String rest = key.substring("plugin.".length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    ids.add(rest.substring(0, dot));
                }
            }
        }
        return ids;
    }
}
