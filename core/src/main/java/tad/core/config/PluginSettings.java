package tad.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tad.plugin.ConfigSection;

/**
 * Where plugin jars are, which plugin ids are enabled (in pipeline order), and every plugin's own section.
 *
 * @param sections by plugin id: each plugin's keys {@code plugin.<id>.<name>}, with references resolved
 */
public record PluginSettings(Path directory, List<String> enabled, Map<String, ConfigSection> sections) {

    public PluginSettings {
        enabled = List.copyOf(enabled);
        sections = Map.copyOf(sections);
    }

    static PluginSettings from(ConfigValues v) {
        List<String> enabled = v.list("plugins.enabled");
        return new PluginSettings(Path.of(v.required("plugins.dir")), enabled, PluginSections.of(v.raw(), enabled));
    }

    /** One plugin's section; a plugin nothing is set for gets an empty one (its own defaults apply). */
    public ConfigSection section(String pluginId) {
        return sections.getOrDefault(pluginId, ConfigSection.empty(pluginId));
    }
}
