package tad.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of the merged configuration, used only while {@link TadConfig#parse} builds the settings records.
 * Every error names the key and its rule (and, for a missing value, the environment variable that sets it). A
 * settings record reads its own keys in its {@code from(ConfigValues)}; nothing after the entry point sees this.
 */
public final class ConfigValues {
    private final RawConfig raw;

    ConfigValues(RawConfig raw) {
        this.raw = raw;
    }

    /** A value that may be absent (blank counts as absent). */
    public Optional<String> optional(String key) {
        return raw.get(key);
    }

    public String required(String key) {
        return raw.get(key).orElseThrow(() -> new ConfigException(key + " is required (environment "
                + RawConfig.envName(key) + ")"));
    }

    public Optional<Secret> secret(String key) {
        return raw.get(key).map(Secret::new);
    }

    /** A required http(s) URL. */
    public URI uri(String key) {
        return httpUri(key, required(key));
    }

    /** An http(s) URL that may be absent. */
    public Optional<URI> optionalUri(String key) {
        return raw.get(key).map(text -> httpUri(key, text));
    }

    public long longValue(String key) {
        String text = required(key);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + text + "'");
        }
    }

    public int integer(String key, int min, int max) {
        long value = longValue(key);
        if (value < min || value > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + value);
        }
        return (int) value;
    }

    /** A non-negative number of milliseconds. */
    public Duration millis(String key) {
        long value = longValue(key);
        if (value < 0) {
            throw new ConfigException(key + " must not be negative, got " + value);
        }
        return Duration.ofMillis(value);
    }

    /** A number of milliseconds within bounds. */
    public Duration millis(String key, long min, long max) {
        long value = longValue(key);
        if (value < min || value > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + " ms, got " + value);
        }
        return Duration.ofMillis(value);
    }

    public boolean bool(String key) {
        String text = required(key);
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key + " must be true or false, got '" + text + "'");
        };
    }

    /** A comma-separated list, trimmed, empty items dropped; absent is empty. */
    public List<String> list(String key) {
        return Arrays.stream(raw.get(key).orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    RawConfig raw() {
        return raw;
    }

    private static URI httpUri(String key, String text) {
        String problem = key + " (" + RawConfig.envName(key) + ") must be an http(s) URL, got '" + text + "'";
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new ConfigException(problem);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(problem);
        }
    }
}
