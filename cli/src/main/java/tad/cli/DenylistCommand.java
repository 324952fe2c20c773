package tad.cli;

import tad.bootstrap.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tad.core.denylist.Denylist;
import tad.core.store.DenylistStore;

/** `tad denylist add|remove|list`: the denylist holds keyed hashes only, never a readable handle. */
@Command(name = "denylist", mixinStandardHelpOptions = true,
        description = "Keep artists out of the directory for good (stored as keyed hashes, never as handles).",
        subcommands = {DenylistCommand.Add.class, DenylistCommand.Remove.class, DenylistCommand.ListEntries.class})
final class DenylistCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose add, remove or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Denylist an artist by Instagram handle (@Some.Artist) or any Instagram profile URL.")
    static final class Add implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "HANDLE_OR_URL", description = "@handle, handle, or an Instagram profile URL")
        String identifier;

        Add(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            String handle;
            try {
                handle = boot.denylist().addHandle(identifier);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            environment.out().println("denylisted: 2 keyed hashes stored (handle, artist id); the handle itself is not kept");
            // the same purge as an approved removal request: nothing of the artist stays anywhere
            boot.purger().purge(tad.core.domain.Ids.artistId(handle), java.util.Optional.of(handle), () -> { });
            environment.out().println("purged: every trace of the artist removed from the store, index and media");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Take an artist off the denylist, by handle/URL or by the hash `list` shows.")
    static final class Remove implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "HANDLE_URL_OR_HASH")
        String identifier;

        Remove(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Denylist denylist = options.bootstrap(environment).denylist();
            boolean removed = identifier.matches("[0-9a-f]{64}") ? denylist.removeHash(identifier)
                    : removeHandle(denylist);
            environment.out().println(removed ? "removed" : "not on the denylist");
        }

        private boolean removeHandle(Denylist denylist) {
            try {
                return denylist.removeHandle(identifier);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List denylist entries (hashes only).")
    static final class ListEntries implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;

        ListEntries(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            var entries = options.bootstrap(environment).denylist().entries();
            environment.out().printf("%-64s  %-9s  %s%n", "HASH (HMAC-SHA-256)", "KIND", "ADDED");
            for (DenylistStore.Entry e : entries) {
                environment.out().printf("%-64s  %-9s  %s%n", e.hash(), e.kind(), e.addedAt());
            }
            environment.out().println(entries.size() + " entries");
        }
    }
}
