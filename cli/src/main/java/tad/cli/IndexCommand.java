package tad.cli;

import tad.bootstrap.Bootstrap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tad.core.domain.Artist;
import tad.core.store.Page;
import tad.core.sync.IndexUpdater;
import tad.core.sync.IndexFollower;

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
            Bootstrap boot = options.bootstrap(environment);
            long started = System.nanoTime();
            // take the stream position first: anything written while we read the store is applied afterwards
            boot.indexFollower().ifPresent(IndexFollower::skipToLatest);
            boot.searchIndex().deleteAll();
            IndexUpdater updater = boot.indexUpdater();
            int artists = 0;
            Optional<String> token = Optional.empty();
            do {
                Page<Artist> page = boot.artistStore().artists(token, 200);
                for (Artist a : page.items()) {
                    updater.artistChanged(a.artistId());
                    artists++;
                }
                token = page.nextToken();
            } while (token.isPresent());
            boot.searchIndex().refresh();
            environment.out().printf("rebuilt: %d artists read, %d documents indexed in %d ms%n", artists,
                    boot.searchIndex().count(), Duration.ofNanos(System.nanoTime() - started).toMillis());
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
            environment.out().println("documents: " + boot.searchIndex().count());
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
