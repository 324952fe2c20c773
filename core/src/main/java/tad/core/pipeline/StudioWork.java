package tad.core.pipeline;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tad.core.domain.Studio;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSource;
import tad.plugin.ArtistSourceResult;
import tad.plugin.InstagramHandles;
import tad.plugin.SourceException;
import tad.plugin.StudioRef;

/** One studio's part of a run: its artist candidates, each through the denylist gate and on to the store. */
final class StudioWork {
    private final CrawlDependencies deps;
    private final CrawlProgress progress;
    private final RunCounters counters;
    private final String runId;
    private final CandidateSink artists;
    private final boolean doneWhenRead;

    /**
     * @param doneWhenRead mark the studio done as soon as its candidates are handed to the sink; false when the sink
     *                     only gathers them and the caller marks the studio done once they are all handled
     */
    StudioWork(CrawlDependencies deps, CrawlProgress progress, RunCounters counters, String runId,
               CandidateSink artists, boolean doneWhenRead) {
        this.deps = deps;
        this.progress = progress;
        this.counters = counters;
        this.runId = runId;
        this.artists = artists;
        this.doneWhenRead = doneWhenRead;
    }

    static String unit(String studioId) {
        return "studio:" + studioId;
    }

    void crawl(Studio discovered) {
        String unit = unit(discovered.studioId());
        if (deps.runs().isDone(runId, unit)) {
            return;
        }
        Studio studio = discovered;
        Map<String, ArtistCandidate> candidates = new LinkedHashMap<>();
        if (studio.website().isEmpty()) {
            counters.studiosWithoutWebsite.incrementAndGet();  // nowhere to look for its artists, yet nothing failed
        }
        for (Loaded<ArtistSource> source : deps.artistSources()) {
            if (studio.website().isEmpty()) {
                break;
            }
            ArtistSourceResult result = find(source, studio);
            if (result == null) {
                continue;
            }
            counters.sitesCrawled.incrementAndGet();
            counters.pagesChanged.addAndGet(result.pagesChanged());
            counters.pagesUnchanged.addAndGet(result.pagesUnchanged());
            result.failures().forEach(counters::failed);
            studio = StudioMerger.withSiteDetails(studio, result.studio(), deps.clock().instant());
            for (ArtistCandidate c : result.candidates()) {
                InstagramHandles.normalise(c.instagramHandle()).ifPresent(h -> candidates.putIfAbsent(h, c));
            }
        }
        deps.store().upsertStudio(studio);
        Optional<String> studioAccount = studio.instagramHandle();
        for (Map.Entry<String, ArtistCandidate> e : candidates.entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                return;  // the run was stopped: this studio is not done, a resumed run does it again
            }
            if (studioAccount.filter(e.getKey()::equals).isPresent() && candidates.size() > 1) {
                continue;
            }
            counters.artistsFound.incrementAndGet();
            String outcome = artists.accept(e.getKey(), e.getValue(), studio);
            progress.artistFinished(outcome);
        }
        if (doneWhenRead && !Thread.currentThread().isInterrupted()) {
            deps.runs().markDone(runId, unit);
        }
    }

    private ArtistSourceResult find(Loaded<ArtistSource> source, Studio studio) {
        StudioRef ref = new StudioRef(studio.studioId(), studio.name().value(), studio.website(), studio.city());
        try {
            return source.extension().findArtists(ref, source.context());
        } catch (SourceException e) {
            counters.failed(e.failure());
            return null;
        } catch (RuntimeException e) {
            counters.failed(PluginFailures.of(source.pluginId(), "studio " + studio.studioId(), e));
            return null;
        }
    }

    static Set<String> union(Set<String> a, String b) {
        Set<String> out = new HashSet<>(a);
        out.add(b);
        return out;
    }

    static Instant now(CrawlDependencies deps) {
        return deps.clock().instant();
    }
}
