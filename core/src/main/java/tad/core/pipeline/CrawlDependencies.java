package tad.core.pipeline;

import java.time.Clock;
import java.util.List;
import tad.core.config.CrawlSettings;
import tad.core.denylist.Denylist;
import tad.core.plugins.Loaded;
import tad.core.store.ArtistStore;
import tad.core.store.CrawlRunStore;
import tad.plugin.ArtistSource;
import tad.plugin.PoliteHttp;
import tad.plugin.StudioSource;

/** Everything a crawl needs, wired once at the entry point. */
public record CrawlDependencies(
        ArtistStore store,
        CrawlRunStore runs,
        Denylist denylist,
        List<Loaded<StudioSource>> studioSources,
        List<Loaded<ArtistSource>> artistSources,
        ProfileSources profiles,
        Enrichers enrichers,
        ImageMirror mirror,
        PoliteHttp http,
        CrawlSettings settings,
        Clock clock) {
}
