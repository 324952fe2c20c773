package tad.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merged key/value layer: bundled defaults, an optional file, the environment, then flags. Parsed once at the
 * entry point into {@link TadConfig}; nothing below the entry point reads the environment.
 */
public final class RawConfig {
    static final String DEFAULTS_RESOURCE = "/tad/tad-defaults.properties";
    private static final String REGION_KEY = "aws.region";
    /** A whole value that stands for another key's effective value: {@code ${places.url}}. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\$\\{([a-z0-9.\\-]+)}");

    private final Map<String, Entry> entries;

    /** An effective value and where it came from. */
    public record Entry(String value, Origin origin) {
    }

    private RawConfig(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Merges the layers.
     *
     * @param file  an operator's properties file, or empty
     * @param env   the process environment
     * @param flags values given on the command line, by key
     */
    public static RawConfig load(Optional<Path> file, Map<String, String> env, Map<String, String> flags) {
        Map<String, Entry> merged = new TreeMap<>();
        readProperties(bundledDefaults()).forEach((k, v) -> merged.put(k, new Entry(v, Origin.DEFAULT)));
        file.ifPresent(path -> readFile(path).forEach((k, v) -> merged.put(k, new Entry(v, Origin.FILE))));
        Map<String, String> unmatched = new TreeMap<>();
        Set<String> settable = new java.util.TreeSet<>(merged.keySet());
        merged.values().forEach(e -> reference(e.value()).ifPresent(settable::add));
        env.forEach((name, value) -> envKey(name, settable, Set.of()).ifPresentOrElse(
                key -> merged.put(key, new Entry(value, Origin.ENVIRONMENT)), () -> unmatched.put(name, value)));
        flags.forEach((k, v) -> merged.put(k, new Entry(v, Origin.FLAG)));
        // TAD_PLUGIN_<ID>_<NAME> for a plugin with no defaults: its id is only known from plugins.enabled
        Set<String> enabled = Optional.ofNullable(merged.get("plugins.enabled"))
                .map(e -> Set.copyOf(java.util.Arrays.asList(e.value().replace(" ", "").split(","))))
                .orElse(Set.of());
        unmatched.forEach((name, value) -> envKey(name, merged.keySet(), enabled)
                .filter(key -> !merged.containsKey(key) || merged.get(key).origin() != Origin.FLAG)
                .ifPresent(key -> merged.put(key, new Entry(value, Origin.ENVIRONMENT))));
        return new RawConfig(merged);
    }

    /** The environment variable that sets a key: TAD_ + upper case, '.' and '-' as '_'. */
    public static String envName(String key) {
        if (key.equals(REGION_KEY)) {
            return "AWS_REGION";
        }
        return "TAD_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Whether a key holds a secret, whose value is never printed. */
    public static boolean isSecret(String key) {
        return KnownKeys.isSecret(key);
    }

    /** Settable keys that have no default (listed, or referred to by a default), so `tad config` shows they exist. */
    public static List<String> keysWithoutDefault() {
        Map<String, String> defaults = readProperties(bundledDefaults());
        Set<String> keys = new java.util.TreeSet<>(KnownKeys.ALL);
        defaults.values().forEach(v -> reference(v).filter(k -> !defaults.containsKey(k)).ifPresent(keys::add));
        return List.copyOf(keys);
    }

    /** The key a value refers to, when the whole value is a reference such as {@code ${places.url}}. */
    public static Optional<String> reference(String value) {
        java.util.regex.Matcher m = REFERENCE.matcher(value.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A key's value with a reference followed (one level: a reference names an operator key, never another
     * reference); empty when blank, or when it refers to a key that is not set.
     */
    public Optional<String> resolved(String key) {
        return get(key).flatMap(value -> reference(value).map(this::get).orElse(Optional.of(value)));
    }

    public Optional<String> get(String key) {
        Entry e = entries.get(key);
        return e == null || e.value().isBlank() ? Optional.empty() : Optional.of(e.value().strip());
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public RawConfig with(String key, String value, Origin origin) {
        Map<String, Entry> copy = new TreeMap<>(entries);
        copy.put(key, new Entry(value, origin));
        return new RawConfig(copy);
    }

    /**
     * Maps an environment variable back to a key. Known keys map exactly; plugin keys need the plugin id, which has
     * hyphens, so TAD_PLUGIN_STUDIO_WEBSITE_PAGE_BUDGET is matched against the ids that have any key already.
     */
    private static Optional<String> envKey(String name, Set<String> known, Set<String> extraPluginIds) {
        if (name.equals("AWS_REGION")) {
            return Optional.of(REGION_KEY);
        }
        if (!name.startsWith("TAD_")) {
            return Optional.empty();
        }
        for (String key : known) {
            if (envName(key).equals(name)) {
                return Optional.of(key);
            }
        }
        Set<String> found = new java.util.HashSet<>(PluginSections.pluginIds(known));
        found.addAll(extraPluginIds);
        // longest id first: TAD_PLUGIN_INSTAGRAM_GRAPH_URL belongs to instagram-graph, not to instagram
        List<String> ids = found.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
        for (String id : ids) {
            String prefix = envName("plugin." + id) + "_";
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String rest = name.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '-');
                return Optional.of("plugin." + id + "." + rest);
            }
        }
        return KnownKeys.ALL.stream().filter(key -> envName(key).equals(name)).findFirst();
    }

    private static InputStream bundledDefaults() {
        InputStream in = RawConfig.class.getResourceAsStream(DEFAULTS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled defaults " + DEFAULTS_RESOURCE + " are missing");
        }
        return in;
    }

    /** Reads the operator's file whole (it is small), naming the problem in words instead of the JDK's bare path. */
    private static Map<String, String> readFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new ConfigException("config file " + path + " is a directory, not a properties file");
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return readProperties(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config file " + path + " has a malformed \\uXXXX escape");
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + path + " does not exist");
        } catch (AccessDeniedException e) {
            throw new ConfigException("config file " + path + " cannot be read: permission denied");
        } catch (MalformedInputException e) {
            throw new ConfigException("config file " + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getClass().getSimpleName());
        }
    }

    private static Map<String, String> readProperties(InputStream in) {
        Properties p = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString().strip(), v.toString()));
        return out;
    }
}
