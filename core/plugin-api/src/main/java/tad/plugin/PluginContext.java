package tad.plugin;

import java.time.Clock;
import org.slf4j.Logger;

/**
 * What the host hands a plugin on every call.
 *
 * @param http     the shared polite HTTP client (User-Agent, per-host interval, robots.txt, retries, size caps)
 * @param config   the plugin's own configuration section, already merged from defaults, environment and flags
 * @param clock    the clock to use for timestamps (tests fix it)
 * @param log      a logger whose output passes through the host's personal-data masking
 * @param memory   what the plugin's pages yielded in earlier runs, with their validators (conditional refetches)
 * @param renderer renders script-built pages through the polite client ({@link PageRenderer#NONE} when off)
 */
public record PluginContext(PoliteHttp http, ConfigSection config, Clock clock, Logger log, PageMemory memory,
                            PageRenderer renderer) {

    /** A context without page memory or renderer: every fetch is a full one, script-built pages are not rendered. */
    public PluginContext(PoliteHttp http, ConfigSection config, Clock clock, Logger log) {
        this(http, config, clock, log, PageMemory.NONE, PageRenderer.NONE);
    }
}
