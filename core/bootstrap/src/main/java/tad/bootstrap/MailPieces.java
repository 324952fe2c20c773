package tad.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import tad.core.config.MailSettings;
import tad.core.config.TadConfig;
import tad.core.governance.RemovalMail;
import tad.core.mail.MailTemplates;
import tad.core.mail.Mailer;
import tad.core.mail.SiteLinks;
import tad.core.notice.NoticeKeys;
import tad.core.notice.NoticePlan;
import tad.core.notice.StudioNotices;
import tad.mail.FileOutbox;
import tad.mail.SmtpMailer;
import tad.mail.ses.SesClients;
import tad.mail.ses.SesMailer;

/**
 * E-mail: the mailer {@code mail.transport} names (the file outbox under the data directory unless a mail server is
 * configured, SMTP when one is, SES on AWS; docs/architecture.md, "E-mail"), the removal requesters' mail and the
 * notices to studios.
 */
final class MailPieces {
    private final TadConfig config;
    private final Path dataDir;
    private final Clock clock;
    private final StorePieces store;
    private final Closer closer;
    private Mailer mailer;

    MailPieces(TadConfig config, Path dataDir, Clock clock, StorePieces store, Closer closer) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.store = store;
        this.closer = closer;
    }

    synchronized Mailer mailer() {
        if (mailer == null) {
            MailSettings mail = config.mail();
            mailer = switch (mail.transport()) {
                case OUTBOX -> outbox();
                case SMTP -> new SmtpMailer(mail.smtp().orElseThrow(), mail.from(), clock);
                case SES -> new SesMailer(closer.register(SesClients.create(config.store().region(),
                        mail.sesEndpoint())), mail.from());
            };
        }
        return mailer;
    }

    /** The outbox directory, whatever the transport: it is listed and purged even after a server is configured. */
    FileOutbox outbox() {
        return new FileOutbox(dataDir.resolve("outbox"), config.mail().from(), config.mail().outboxRetention(), clock);
    }

    /** The acknowledgement and decision e-mails owed to removal requesters, sent with the configured mailer. */
    RemovalMail removalMail() {
        return new RemovalMail(store.removalRequests(), mailer(), new MailTemplates(), store.audit(), clock,
                new SiteLinks(config.siteUrl()));
    }

    NoticePlan noticePlan() {
        return new NoticePlan(store.artists(), store.denylist(), noticeKeys(), store.noticeLedger());
    }

    StudioNotices studioNotices() {
        return new StudioNotices(noticeKeys(), store.noticeLedger(), mailer(), new MailTemplates(),
                new SiteLinks(config.siteUrl()), config.mail().fromAddress(), clock);
    }

    private NoticeKeys noticeKeys() {
        return new NoticeKeys(store.denylistKey());
    }
}
