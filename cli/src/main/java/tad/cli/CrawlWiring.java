package tad.cli;

import tad.core.pipeline.CrawlDependencies;
import tad.core.pipeline.Enrichers;
import tad.core.pipeline.ImageMirror;
import tad.core.pipeline.ProfileSources;
import tad.plugin.ArtistSource;
import tad.plugin.Enricher;
import tad.plugin.ProfileSource;
import tad.media.ImageLimits;
import tad.media.PipelineImageMirror;
import tad.media.WebImageEncoder;
import tad.plugin.StudioSource;

/** Assembles the crawl pipeline's dependencies from the app's adapters and the enabled plugins. */
final class CrawlWiring {
    private CrawlWiring() {
    }

    static CrawlDependencies dependencies(App app) {
        var plugins = app.plugins();
        return new CrawlDependencies(
                app.store(),
                app.runs(),
                app.denylist(),
                plugins.extensions(StudioSource.class),
                plugins.extensions(ArtistSource.class),
                ProfileSources.select(app.config().crawl().profileSource(),
                        plugins.extensions(ProfileSource.class)),
                new Enrichers(plugins.extensions(Enricher.class)),
                mirror(app),
                app.http(),
                app.config().crawl(),
                app.clock());
    }

    static ImageMirror mirror(App app) {
        return new PipelineImageMirror(app.media(), ImageLimits.defaults(), WebImageEncoder.best());
    }
}
