package tad.core.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The optional renderer of script-built studio pages (a headless Chromium).
 *
 * @param enabled     whether pages may be rendered at all (off by default: a browser per crawl worker costs memory)
 * @param chromium    the browser's executable; no file there means no rendering
 * @param timeout     how long one page may take to settle before it is read as it is
 * @param maxRequests the most requests one rendered page may make (the rest are refused)
 */
public record RenderSettings(boolean enabled, Path chromium, Duration timeout, int maxRequests) {

    public RenderSettings {
        if (maxRequests < 1) {
            throw new ConfigException("render.max.requests must be at least 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigException("render.timeout.ms must be positive");
        }
    }

    /** From the raw settings (defaults in tad-defaults.properties). */
    public static RenderSettings from(RawConfig raw) {
        return new RenderSettings(
                Boolean.parseBoolean(raw.get("render.enabled").orElse("false").strip()),
                Path.of(raw.get("render.chromium").orElse("/usr/bin/chromium").strip()),
                Duration.ofMillis(number(raw, "render.timeout.ms", 15_000)),
                (int) number(raw, "render.max.requests", 60));
    }

    private static long number(RawConfig raw, String key, long fallback) {
        String text = raw.get(key).orElse(Long.toString(fallback)).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + text + "'");
        }
    }
}
