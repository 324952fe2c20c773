package tad.cli;

import tad.bootstrap.Bootstrap;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tad.core.governance.RemovalMail;
import tad.core.removal.MailRecord;

/**
 * `tad removals mail`: sends the acknowledgement and decision e-mails that are owed and due. The serving API owes
 * an acknowledgement when a request is filed but never sends it (on AWS it may only write removal items and has no
 * route to a mail service); `tad serve` sends every few seconds, and on AWS a schedule runs this verb every 15
 * minutes (docs/operations.md, "E-mail").
 */
@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "Send the removal e-mails that are owed and due (acknowledgements, decisions).")
final class RemovalMailCommand implements Runnable {
    private final Environment environment;
    @Mixin
    ConfigOptions options;

    RemovalMailCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        Bootstrap boot = options.bootstrap(environment);
        RemovalMail.Summary summary = boot.removalMail().sendOwed();
        environment.out().println("removal e-mails: " + summary.sent() + " sent, " + summary.retrying()
                + " failed and owed again later, " + summary.givenUp() + " given up");
    }

    /** One line per e-mail of a request, as `removals show` and the decision verbs print them. */
    static void print(java.io.PrintStream out, List<MailRecord> records) {
        for (MailRecord r : records) {
            out.println("e-mail:    " + r.kind().name().toLowerCase(Locale.ROOT) + " " + switch (r.state()) {
                case SENT -> "sent at " + r.at();
                case OWED -> r.attempts() == 0 ? "owed since " + r.at()
                        : "not sent yet, " + r.attempts() + " failed attempts (" + r.lastReason().orElse("") + ")";
                case GAVE_UP -> "given up after " + r.attempts() + " attempts (" + r.lastReason().orElse("")
                        + "); the address is erased";
            });
        }
    }
}
