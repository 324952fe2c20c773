package tad.cli;

import java.util.Map;
import java.util.Optional;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.core.pipeline.QueuedCrawl;
import tad.core.queue.JobHandler;
import tad.core.queue.JobQueue;

/** What `tad worker` consumes and runs, built only when the worker starts (so `--help` opens nothing). */
final class WorkerWiring {
    private final Environment environment;
    private App app;

    WorkerWiring(Environment environment) {
        this.environment = environment;
    }

    JobQueue queue() {
        return app().queue();
    }

    JobHandler handler() {
        return new QueuedCrawl(CrawlWiring.dependencies(app()));
    }

    private synchronized App app() {
        if (app == null) {
            TadConfig config = TadConfig.parse(RawConfig.load(Optional.empty(), environment.variables(), Map.of()));
            app = new App(config, environment);
        }
        return app;
    }
}
