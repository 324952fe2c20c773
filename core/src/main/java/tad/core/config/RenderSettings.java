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

    /** The render.* keys (all in the defaults file). */
    static RenderSettings from(ConfigValues v) {
        return new RenderSettings(v.bool("render.enabled"), Path.of(v.required("render.chromium")),
                v.millis("render.timeout.ms"), v.integer("render.max.requests", 1, 10_000));
    }
}
