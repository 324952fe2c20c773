package tad.core.config;

import java.nio.file.Path;
import java.util.List;

/** Where plugin jars are and which plugin ids are enabled, in pipeline order. */
public record PluginSettings(Path directory, List<String> enabled) {
}
