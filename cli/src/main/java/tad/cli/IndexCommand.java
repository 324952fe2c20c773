package tad.cli;

import tad.bootstrap.Bootstrap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexRebuild;

/** `tad index rebuild|status`: the search index, which follows the store through its stream. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store, or show its size and how far it lags the store.",
        subcommands = {IndexCommand.Rebuild.class, IndexCommand.Status.class})
final class IndexCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose rebuild or status");
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Rebuild the index from the store.")
    static final class Rebuild implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;

        Rebuild(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            IndexRebuild.Result result = options.bootstrap(environment).rebuildIndex();
            environment.out().printf("rebuilt: %d artists read, %d documents indexed in %d ms%n",
                    result.artistsRead(), result.documents(), result.took().toMillis());
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Documents in the index and its lag.")
    static final class Status implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;

        Status(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            environment.out().println("documents: " + boot.searchReader().count());
            Optional<IndexFollower> follower = boot.indexFollower();
            if (follower.isEmpty()) {
                environment.out().println("lag: followed by the stream Lambda in AWS (see its IteratorAge metric)");
                return;
            }
            IndexFollower.Lag lag = follower.get().lag();
            environment.out().println("pending stream records: " + lag.pendingRecords());
            environment.out().println("lag: " + lag.oldestPending()
                    .map(t -> Duration.between(t, Instant.now()).toSeconds() + " s (oldest pending change)")
                    .orElse("none (index is up to date)"));
        }
    }
}
