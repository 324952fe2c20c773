package tad.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tad.plugin.ConfigSection;

/**
 * Builds each plugin's configuration section from keys {@code plugin.<id>.<name>}, plus the operator-facing
 * variables that feed a plugin (TAD_PLACES_URL and friends) and the shared HTTP settings, for plugins that drive a
 * library with its own fetcher (crawler4j).
 */
public final class PluginSections {
    /** Operator-facing keys that feed a plugin key. */
    private static final Map<String, String> ALIASES = Map.of(
            "plugin.google-places.api-key", KnownKeys.GOOGLE_API_KEY,
            "plugin.google-places.base-url", "places.url",
            "plugin.instagram.base-url", "instagram.url",
            "plugin.instagram.per-minute", "instagram.per.minute");

    private PluginSections() {
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

    static Section forPlugin(String pluginId, TadConfig config) {
        Map<String, String> values = new HashMap<>();
        HttpSettings http = config.http();
        values.put("http.user-agent", http.userAgent());
        values.put("http.host-delay-ms", Long.toString(http.hostDelay().toMillis()));
        values.put("http.connect-timeout-ms", Long.toString(http.connectTimeout().toMillis()));
        values.put("http.read-timeout-ms", Long.toString(http.readTimeout().toMillis()));
        values.put("http.max-bytes", Long.toString(http.maxBytes()));
        values.put("data-dir", config.dataDir().toString());
        String prefix = "plugin." + pluginId + ".";
        ALIASES.forEach((pluginKey, operatorKey) -> {
            if (pluginKey.startsWith(prefix)) {
                config.raw().get(operatorKey).ifPresent(v -> values.put(pluginKey.substring(prefix.length()), v));
            }
        });
        // plugin keys set directly win over aliases only when given at a higher precedence
        config.raw().entries().forEach((key, entry) -> {
            if (key.startsWith(prefix) && !entry.value().isBlank()) {
                String name = key.substring(prefix.length());
                String alias = ALIASES.get(key);
                boolean aliasWins = alias != null && config.raw().entry(alias)
                        .filter(a -> a.origin().compareTo(entry.origin()) > 0).isPresent();
                if (!aliasWins) {
                    values.put(name, entry.value().strip());
                }
            }
        });
        return new Section(pluginId, Map.copyOf(values));
    }

    /** An immutable section; getters name the full key in errors. */
    public record Section(String pluginId, Map<String, String> values) implements ConfigSection {

        @Override
        public Optional<String> string(String name) {
            return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
        }

        @Override
        public int integer(String name, int fallback) {
            long value = longValue(name, fallback);
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                throw bad(name, "a whole number in int range");
            }
            return (int) value;
        }

        @Override
        public long longValue(String name, long fallback) {
            return string(name).map(v -> {
                try {
                    return Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw bad(name, "a whole number");
                }
            }).orElse(fallback);
        }

        @Override
        public double decimal(String name, double fallback) {
            return string(name).map(v -> {
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw bad(name, "a number");
                }
            }).orElse(fallback);
        }

        @Override
        public boolean bool(String name, boolean fallback) {
            return string(name).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw bad(name, "true or false");
            }).orElse(fallback);
        }

        @Override
        public Duration duration(String name, Duration fallback) {
            return string(name).map(v -> {
                try {
                    return v.matches("\\d+") ? Duration.ofMillis(Long.parseLong(v)) : Duration.parse(v);
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw bad(name, "milliseconds or an ISO-8601 duration such as PT5S");
                }
            }).orElse(fallback);
        }

        @Override
        public List<String> list(String name, List<String> fallback) {
            return string(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList()).orElse(fallback);
        }

        private IllegalArgumentException bad(String name, String rule) {
            return new IllegalArgumentException("plugin." + pluginId + "." + name + " must be " + rule + ", got '"
                    + values.get(name) + "'");
        }

        @Override
        public String toString() {
            return "Section[" + pluginId + ", " + values.keySet() + "]";
        }
    }
}
