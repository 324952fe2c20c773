package tad.cli;

import tad.bootstrap.Bootstrap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tad.core.governance.OverdueRemovals;
import tad.core.governance.RemovalDecisions;
import tad.core.removal.RemovalRequest;

/**
 * `tad removals list|show|approve|reject|verify|overdue`: an operator's review of removal requests (manual
 * approval), and the hourly overdue count the governance alarm watches.
 */
@Command(name = "removals", mixinStandardHelpOptions = true,
        description = "Review removal requests: approval denylists the artist and purges every trace.",
        subcommands = {RemovalsCommand.ListPending.class, RemovalsCommand.Show.class, RemovalsCommand.Approve.class,
                RemovalsCommand.Reject.class, RemovalsCommand.Verify.class, OverdueCommand.class,
                RemovalMailCommand.class})
final class RemovalsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose list, show, approve, reject, verify, overdue or mail");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Pending requests, oldest first.")
    static final class ListPending implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;

        ListPending(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            List<RemovalRequest> pending = boot.removalRequests().pending(500);
            Instant now = boot.clock().instant();
            environment.out().printf("%-26s  %-20s  %-8s  %s%n", "ID", "RECEIVED", "AGE", "ARTIST");
            int overdue = 0;
            for (RemovalRequest r : pending) {
                Duration age = Duration.between(r.createdAt(), now);
                boolean late = OverdueRemovals.isOverdue(r, now);
                overdue += late ? 1 : 0;
                environment.out().printf("%-26s  %-20s  %-8s  %s%s%n", r.id(), r.createdAt().toString().substring(0, 19),
                        age.toHours() + " h", r.instagramHandle().map(h -> "@" + h).or(r::artistId).orElse("?"),
                        late ? "  OVERDUE" : "");
            }
            environment.out().println(pending.size() + " pending, " + overdue + " overdue (older than "
                    + OverdueRemovals.OVERDUE_AFTER_DAYS + " days)");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One request in full.")
    static final class Show implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "ID")
        String id;

        Show(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            RemovalRequest r = boot.removalRequests().get(id)
                    .orElseThrow(() -> new RemovalDecisions.UnknownRequestException(id));
            var out = environment.out();
            out.println("id:        " + r.id());
            out.println("status:    " + r.status());
            out.println("received:  " + r.createdAt());
            out.println("handle:    " + r.instagramHandle().map(h -> "@" + h).orElse("-"));
            out.println("artist id: " + r.artistId().orElse("-"));
            out.println("email:     " + r.email().orElse("(erased)"));
            out.println("reason:    " + (r.reason().isEmpty() ? "-" : r.reason()));
            r.decision().ifPresent(d -> out.println("decided:   " + (d.approved() ? "approved" : "rejected") + " at "
                    + d.at() + (d.note().isEmpty() ? "" : " (" + d.note() + ")")));
            RemovalMailCommand.print(out, boot.removalRequests().mailRecords(r.id()));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve: denylist the artist (keyed hashes), purge every trace, erase the request's personal data.")
    static final class Approve implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--note", defaultValue = "", description = "A note for the audit trail (no personal data).")
        String note;

        Approve(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            long started = System.nanoTime();
            RemovalDecisions.Outcome outcome = boot.removalDecisions().approve(id, note);
            environment.out().println(outcome.changed()
                    ? "approved: denylisted and purged in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                    : "already " + outcome.request().status().name().toLowerCase(java.util.Locale.ROOT) + "; nothing changed");
            RemovalMailCommand.print(environment.out(), boot.removalRequests().mailRecords(id));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject, with a reason (sent to the requester); the email is erased once it is sent.")
    static final class Reject implements Runnable {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true, description = "Why the request is rejected.")
        String reason;

        Reject(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run() {
            Bootstrap boot = options.bootstrap(environment);
            RemovalDecisions.Outcome outcome = boot.removalDecisions().reject(id, reason);
            environment.out().println(outcome.changed() ? "rejected" : "already "
                    + outcome.request().status().name().toLowerCase(java.util.Locale.ROOT) + "; nothing changed");
            RemovalMailCommand.print(environment.out(), boot.removalRequests().mailRecords(id));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every store for any trace of the request's artist; exit 1 when something is found.")
    static final class Verify implements java.util.concurrent.Callable<Integer> {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--handle", description = "Also look for this handle in the index and in raw files.")
        String handle;
        @Option(names = "--name", description = "Also look for this name in the index and in raw files.")
        String name;

        Verify(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            Bootstrap boot = options.bootstrap(environment);
            RemovalRequest r = boot.removalRequests().get(id)
                    .orElseThrow(() -> new RemovalDecisions.UnknownRequestException(id));
            String artistId = r.artistId().or(() -> r.instagramHandle().map(tad.core.domain.Ids::artistId))
                    .orElseThrow(() -> new IllegalStateException("request " + id + " names no artist"));
            List<String> words = new ArrayList<>();
            r.instagramHandle().ifPresent(words::add);
            Optional.ofNullable(handle).ifPresent(words::add);
            Optional.ofNullable(name).ifPresent(words::add);
            Optional<java.nio.file.Path> raw = boot.rawDataDir();
            List<String> traces = boot.traceVerifier().traces(artistId, words, raw);
            traces.forEach(t -> environment.out().println("trace: " + t));
            environment.out().println(traces.isEmpty() ? "no trace of artist " + artistId + " in any store"
                    : traces.size() + " traces found");
            return traces.isEmpty() ? 0 : 1;
        }
    }
}
