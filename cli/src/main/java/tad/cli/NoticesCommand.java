package tad.cli;

import tad.bootstrap.Bootstrap;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.core.geo.City;
import tad.core.geo.Gazetteer;
import tad.core.notice.StudioNotice;
import tad.core.notice.StudioNotices;

/**
 * `tad notices send --city leeds [--dry-run]`: the GDPR Art. 14 notices to studios (docs/operations.md, "Notices to
 * studios"). Each studio of the city with artists the directory shows, and an address its own website publishes,
 * gets one notice unless it was told about every one of them already. Exit code 1 when a notice could not be sent
 * (it is not recorded, so the next run sends it).
 */
@Command(name = "notices", mixinStandardHelpOptions = true,
        description = "Tell studios which of their artists the directory shows (GDPR Art. 14).",
        subcommands = NoticesCommand.Send.class)
final class NoticesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose send");
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Send each studio of the city its notice, unless nothing new is shown since the last one.")
    static final class Send implements Callable<Integer> {
        private final Environment environment;
        @Mixin
        ConfigOptions options;
        @Option(names = "--city", required = true, paramLabel = "NAME", description = "A city of the bundled gazetteer.")
        String city;
        @Option(names = "--dry-run", description = "Show what would be sent; send and record nothing.")
        boolean dryRun;

        Send(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            City where = Gazetteer.bundled().find(city).orElseThrow(() -> new UsageException("unknown city '" + city
                    + "'; try one of: " + String.join(", ", Gazetteer.bundled().closeMatches(city, 3))));
            Bootstrap boot = options.bootstrap(environment);
            List<StudioNotice> plan = boot.noticePlan().forCity(where.name());
            PrintStream out = environment.out();
            out.println("notices for " + where.name() + ": " + plan.size() + " studios list artists"
                    + (dryRun ? " (dry run: nothing is sent or recorded)" : ""));
            List<StudioNotices.Outcome> outcomes = dryRun ? List.of() : boot.studioNotices().send(plan);
            for (StudioNotice notice : plan) {
                Optional<StudioNotices.Outcome> outcome = outcomes.stream().filter(o -> o.notice() == notice).findFirst();
                out.println("  " + line(notice, outcome));
            }
            long toSend = plan.stream().filter(n -> n.status() == StudioNotice.Status.SEND).count();
            long failed = outcomes.stream().filter(o -> o.failure().isPresent()).count();
            out.println((dryRun ? "would send " + toSend : "sent " + (outcomes.size() - failed)) + " notices; "
                    + count(plan, StudioNotice.Status.ALREADY_NOTIFIED) + " studios already told about every artist, "
                    + count(plan, StudioNotice.Status.NO_ADDRESS) + " publish no address, "
                    + count(plan, StudioNotice.Status.NO_ARTISTS) + " have no artist shown"
                    + (failed > 0 ? "; " + failed + " FAILED (not recorded: the next run sends them)" : ""));
            return failed > 0 ? 1 : 0;
        }

        private String line(StudioNotice notice, Optional<StudioNotices.Outcome> outcome) {
            String name = notice.studio().name().value();
            int count = notice.artists().size();
            String artists = count + (count == 1 ? " artist (" : " artists (") + notice.newArtists() + " new)";
            return switch (notice.status()) {
                case SEND -> outcome.flatMap(StudioNotices.Outcome::failure)
                        .map(f -> "FAILED   " + name + " <" + notice.address().orElseThrow() + ">  " + f)
                        .orElse((dryRun ? "WOULD SEND " : "SENT     ") + name + " <" + notice.address().orElseThrow()
                                + ">  " + artists);
                case ALREADY_NOTIFIED -> "ALREADY  " + name + "  " + artists;
                case NO_ADDRESS -> "NO ADDR  " + name + "  " + artists + ": its website publishes no e-mail address";
                case NO_ARTISTS -> "NONE     " + name + ": no artist of it is shown";
            };
        }

        private static long count(List<StudioNotice> plan, StudioNotice.Status status) {
            return plan.stream().filter(n -> n.status() == status).count();
        }
    }
}
