package tad.cli;

import tad.bootstrap.Bootstrap;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tad.mail.FileOutbox;
import tad.mail.MimeText;

/**
 * `tad outbox [--show ID] [--clear]`: the e-mails written to the file outbox ({@code data.dir/outbox}) when no mail
 * server is configured, as the demo runs. The outbox holds the recipients' addresses in clear: messages are erased
 * after {@code mail.outbox.retention.days}, and {@code --clear} erases them all at once.
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "List the e-mails in the file outbox (used when no mail server is configured).")
final class OutboxCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment environment;
    @Mixin
    ConfigOptions options;
    @Option(names = "--show", paramLabel = "ID", description = "Print one message's headers and plain-text part.")
    String show;
    @Option(names = "--clear", description = "Erase every message in the outbox.")
    boolean clear;

    OutboxCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Bootstrap boot = options.bootstrap(environment);
        FileOutbox outbox = boot.outbox();
        var out = environment.out();
        if (clear) {
            out.println("erased " + outbox.clear() + " messages from " + outbox.directory());
            return 0;
        }
        if (show != null) {
            MimeMessage message = outbox.message(show)
                    .orElseThrow(() -> new UsageException("no message " + show + " in the outbox"));
            out.print(MimeText.headersAndText(message));
            return 0;
        }
        List<FileOutbox.Entry> entries = outbox.list();
        out.printf("%-34s  %-20s  %-32s  %s%n", "ID", "SENT", "TO", "SUBJECT");
        for (FileOutbox.Entry e : entries) {
            out.printf("%-34s  %-20s  %-32s  %s%n", e.id(), e.sentAt().toString().substring(0, 19), e.to(),
                    e.subject());
        }
        out.println(entries.size() + " messages in " + outbox.directory() + " (kept "
                + boot.config().mail().outboxRetention().toDays() + " days; transport: "
                + boot.config().mail().transport().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return 0;
    }
}
