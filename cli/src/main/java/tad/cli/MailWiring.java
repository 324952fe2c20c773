package tad.cli;

import java.nio.file.Path;
import java.time.Clock;
import tad.core.config.MailSettings;
import tad.core.config.TadConfig;
import tad.core.mail.Mailer;
import tad.mail.FileOutbox;
import tad.mail.SmtpMailer;
import tad.mail.ses.SesClients;
import tad.mail.ses.SesMailer;

/**
 * The mailer the configuration names ({@code mail.transport}): the file outbox under the data directory unless a
 * mail server is configured, SMTP when one is, SES on AWS. docs/architecture.md, "E-mail", says why each.
 */
final class MailWiring {

    private MailWiring() {
    }

    static Mailer mailer(TadConfig config, Environment environment, Path dataDir, Clock clock) {
        MailSettings mail = config.mail();
        return switch (mail.transport()) {
            case OUTBOX -> outbox(config, dataDir, clock);
            case SMTP -> new SmtpMailer(mail.smtp().orElseThrow(), mail.from(), clock);
            case SES -> new SesMailer(environment.closeLater(SesClients.create(config.store().region(),
                    mail.sesEndpoint())), mail.from());
        };
    }

    /** The outbox directory, whatever the transport: it is listed and purged even after a server is configured. */
    static FileOutbox outbox(TadConfig config, Path dataDir, Clock clock) {
        return new FileOutbox(dataDir.resolve("outbox"), config.mail().from(), config.mail().outboxRetention(), clock);
    }
}
