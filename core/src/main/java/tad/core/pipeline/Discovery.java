package tad.core.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tad.core.domain.Ids;
import tad.core.domain.Studio;
import tad.core.plugins.Loaded;
import tad.plugin.DiscoveredStudio;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;
import tad.plugin.StudioSource;

/** The first stage: every enabled studio source over the area, merged with what the store knows, upserted. */
final class Discovery {
    private final CrawlDependencies deps;

    Discovery(CrawlDependencies deps) {
        this.deps = deps;
    }

    List<Studio> discover(SearchArea area, RunCounters counters) throws CrawlFatalException {
        if (deps.studioSources().isEmpty()) {
            throw new CrawlFatalException("no studio source plugin is enabled (plugins.enabled)");
        }
        List<Studio> studios = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Loaded<StudioSource> source : deps.studioSources()) {
            StudioSource.StudioDiscovery found;
            try {
                found = source.extension().discover(area, source.context());
            } catch (SourceException e) {
                if (e.fatal()) {
                    String prefix = source.pluginId() + ": ";
                    String message = e.getMessage() == null ? "failed" : e.getMessage();
                    throw new CrawlFatalException(message.startsWith(prefix) ? message : prefix + message, e);
                }
                counters.failed(e.failure());
                continue;
            } catch (RuntimeException e) {
                counters.failed(PluginFailures.of(source.pluginId(), "the studios of " + area.city(), e));
                continue;
            }
            counters.placesRequests.addAndGet(found.requests());
            found.failures().forEach(counters::failed);
            Instant now = deps.clock().instant();
            for (DiscoveredStudio d : found.studios()) {
                Studio studio = StudioMerger.fromDiscovery(d, area,
                        deps.store().studio(Ids.studioId(d.source(), d.sourceId())), now);
                if (seen.add(studio.studioId())) {
                    deps.store().upsertStudio(studio);
                    studios.add(studio);
                }
            }
        }
        counters.studiosFound.set(studios.size());
        return studios;
    }
}
