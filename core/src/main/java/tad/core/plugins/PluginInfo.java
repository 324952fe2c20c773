package tad.core.plugins;

import java.util.List;

/** What `tad plugins` shows for one plugin found in the plugins directory. */
public record PluginInfo(String id, String version, String description, List<String> extensionPoints,
                         boolean enabled, String state) {
}
