package tad.cli;

import tad.bootstrap.Bootstrap;
import tad.core.pipeline.QueuedCrawl;
import tad.core.queue.JobHandler;
import tad.core.queue.JobQueue;

/** What `tad worker` consumes and runs, built only when the worker starts (so `--help` opens nothing). */
final class WorkerWiring {
    private final Environment environment;
    private final ConfigOptions options;
    private Bootstrap boot;

    WorkerWiring(Environment environment, ConfigOptions options) {
        this.environment = environment;
        this.options = options;
    }

    JobQueue queue() {
        return boot().jobQueue();
    }

    JobHandler handler() {
        return new QueuedCrawl(boot().crawlDependencies());
    }

    private synchronized Bootstrap boot() {
        if (boot == null) {
            boot = options.bootstrap(environment);
        }
        return boot;
    }
}
