package tad.core.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the Plugin-Id of every plugin jar in the plugins directory before PF4J does, because PF4J only logs a
 * second plugin with the same id and goes on with whichever it loaded first.
 */
final class PluginFiles {
    private PluginFiles() {
    }

    static void requireUniqueIds(Path directory) {
        Map<String, Path> seen = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                String id = pluginId(jar);
                if (id == null) {
                    continue;
                }
                Path other = seen.putIfAbsent(id, jar);
                if (other != null) {
                    throw new PluginLoadException("plugin id '" + id + "' is provided by two files: "
                            + other.getFileName() + " and " + jar.getFileName());
                }
            }
        } catch (IOException e) {
            throw new PluginLoadException("cannot list the plugins directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String pluginId(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            throw new PluginLoadException(jar.getFileName() + " is not a readable plugin jar: " + e.getMessage(), e);
        }
    }
}
