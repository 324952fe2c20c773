package tad.core.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.LoggerFactory;
import tad.plugin.ArtistSource;
import tad.plugin.ConfigSection;
import tad.plugin.Enricher;
import tad.plugin.PageMemory;
import tad.plugin.PageRenderer;
import tad.plugin.PluginContext;
import tad.plugin.PoliteHttp;
import tad.plugin.ProfileSource;
import tad.plugin.StudioSource;

/**
 * Loads PF4J plugins from the plugins directory and starts exactly the enabled ones, strictly: an enabled id that
 * is not there, an id given twice, two plugins with one id, or a plugin that fails to start stops the program
 * with a message saying which and why, instead of a quiet log line.
 */
public final class PluginHost implements AutoCloseable {
    public static final List<Class<?>> EXTENSION_POINTS =
            List.of(StudioSource.class, ArtistSource.class, ProfileSource.class, Enricher.class);

    private final DefaultPluginManager manager;
    private final List<String> enabled;
    private final Map<String, PluginContext> contexts = new LinkedHashMap<>();

    private PluginHost(DefaultPluginManager manager, List<String> enabled) {
        this.manager = manager;
        this.enabled = enabled;
    }

    /**
     * Loads every plugin in {@code directory} and starts the enabled ones.
     *
     * @param sections each plugin's own configuration section, by plugin id
     */
    public static PluginHost start(Path directory, List<String> enabled, PoliteHttp http, Clock clock,
                                   Function<String, ConfigSection> sections) {
        return start(directory, enabled, http, clock, sections, id -> PageMemory.NONE, PageRenderer.NONE);
    }

    /**
     * The same, with the host services a crawl gives its plugins.
     *
     * @param memories each plugin's page memory, by plugin id (conditional refetches across runs)
     * @param renderer renders script-built pages through the polite client ({@link PageRenderer#NONE} when off)
     */
    public static PluginHost start(Path directory, List<String> enabled, PoliteHttp http, Clock clock,
                                   Function<String, ConfigSection> sections, Function<String, PageMemory> memories,
                                   PageRenderer renderer) {
        requireDistinct(enabled);
        if (!Files.isDirectory(directory)) {
            throw new PluginLoadException("plugins directory " + directory + " does not exist (build with "
                    + "`mvn package`, or set TAD_PLUGINS_DIR)");
        }
        PluginFiles.requireUniqueIds(directory);
        DefaultPluginManager manager = new DefaultPluginManager(List.of(directory));
        try {
            manager.loadPlugins();
        } catch (PluginRuntimeException e) {
            throw new PluginLoadException("cannot load plugins from " + directory + ": " + e.getMessage(), e);
        }
        PluginHost host = new PluginHost(manager, List.copyOf(enabled));
        host.startEnabled(http, clock, sections, memories, renderer);
        return host;
    }

    private static void requireDistinct(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new PluginLoadException("plugin id '" + id + "' is enabled twice");
            }
        }
    }

    private void startEnabled(PoliteHttp http, Clock clock, Function<String, ConfigSection> sections,
                              Function<String, PageMemory> memories, PageRenderer renderer) {
        for (String id : enabled) {
            PluginWrapper plugin = manager.getPlugin(id);
            if (plugin == null) {
                throw new PluginLoadException("unknown plugin id '" + id + "'; available: " + availableIds());
            }
            if (plugin.getPluginState() == PluginState.FAILED) {
                throw new PluginLoadException("plugin '" + id + "' failed to load: " + reason(plugin));
            }
            PluginState state;
            try {
                state = manager.startPlugin(id);
            } catch (RuntimeException e) {
                throw new PluginLoadException("plugin '" + id + "' failed to start: " + e.getMessage(), e);
            }
            if (state != PluginState.STARTED) {
                throw new PluginLoadException("plugin '" + id + "' failed to start (" + state + "): " + reason(plugin));
            }
            contexts.put(id, new PluginContext(http, sections.apply(id), clock,
                    LoggerFactory.getLogger("tad.plugin." + id), memories.apply(id), renderer));
        }
    }

    private static String reason(PluginWrapper plugin) {
        Throwable failure = plugin.getFailedException();
        return failure == null ? "no reason given" : failure.getMessage();
    }

    private List<String> availableIds() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }

    /** The extensions of one type from the enabled plugins, in the enabled order (the pipeline's chain order). */
    public <T> List<Loaded<T>> extensions(Class<T> type) {
        List<Loaded<T>> out = new ArrayList<>();
        for (String id : enabled) {
            for (T extension : manager.getExtensions(type, id)) {
                out.add(new Loaded<>(id, extension, contexts.get(id)));
            }
        }
        return out;
    }

    /** Every plugin found, enabled or not, for `tad plugins`. */
    public List<PluginInfo> describe() {
        List<PluginInfo> out = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            String id = plugin.getPluginId();
            List<String> points = new ArrayList<>();
            for (Class<?> point : EXTENSION_POINTS) {
                if (providesPoint(id, point)) {
                    points.add(point.getSimpleName());
                }
            }
            out.add(new PluginInfo(id, plugin.getDescriptor().getVersion(), plugin.getDescriptor()
                    .getPluginDescription(), points, enabled.contains(id), plugin.getPluginState().toString()));
        }
        out.sort(java.util.Comparator.comparing(PluginInfo::id));
        return out;
    }

    /** Reads the plugin's extension index and checks each class, so disabled plugins are described too. */
    private boolean providesPoint(String id, Class<?> point) {
        ClassLoader loader = manager.getPluginClassLoader(id);
        for (String name : manager.getExtensionClassNames(id)) {
            try {
                if (point.isAssignableFrom(Class.forName(name, false, loader))) {
                    return true;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // an index entry without its class: the plugin is broken, which its state already says
            }
        }
        return false;
    }

    @Override
    public void close() {
        // unloadPlugins stops them first; PF4J 3.15's stopPlugins() alone can throw ConcurrentModificationException
        manager.unloadPlugins();
    }
}
