package tad.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.MailTemplates;
import tad.core.mail.Mailer;
import tad.core.mail.SiteLinks;
import tad.core.removal.MailKind;
import tad.core.removal.OwedMail;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;

/**
 * Delivers the e-mails owed to removal requesters: the acknowledgement (with the request id) and the decision
 * (removed, with the date; or declined, with the reason). A failed send is recorded with its reason and owed again
 * later with exponential backoff (1 minute, doubling, at most 6 hours apart, {@value #MAX_ATTEMPTS} attempts in
 * about a day); a message that can never be accepted, or the last failed attempt, is given up and its address erased.
 * The messages name no artist: only the request id, the dates and the operator's reason.
 */
public final class RemovalMail {
    static final int MAX_ATTEMPTS = 12;
    private static final int BATCH = 50;
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final Logger LOG = LoggerFactory.getLogger(RemovalMail.class);

    private final RemovalRequestStore requests;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final AuditTrail audit;
    private final Clock clock;
    private final SiteLinks links;

    public RemovalMail(RemovalRequestStore requests, Mailer mailer, MailTemplates templates, AuditTrail audit,
                       Clock clock, SiteLinks links) {
        this.requests = requests;
        this.mailer = mailer;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
        this.links = links;
    }

    /** What one round of sending did. */
    public record Summary(int sent, int retrying, int givenUp) {
        public boolean anySent() {
            return sent > 0;
        }
    }

    /** Sends what is due now (at most one batch); a mail failure is recorded, never thrown. */
    public Summary sendOwed() {
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        Instant now = clock.instant();
        for (OwedMail owed : requests.owedMail(now, BATCH)) {
            if (!requests.claimMail(owed, now, now.plus(CLAIM))) {
                continue;
            }
            Optional<RemovalRequest> request = requests.get(owed.requestId());
            try {
                mailer.send(message(owed, request.orElseThrow(() -> new MailException(MailException.Kind.REJECTED,
                        "the request no longer exists"))));
                requests.mailSent(owed, clock.instant());
                audit.record(new AuditTrail.Entry(owed.requestId(), clock.instant(),
                        "mailed-" + owed.kind().name().toLowerCase(Locale.ROOT), "", ""));
                sent++;
            } catch (MailException e) {
                boolean again = e.kind().retryable() && owed.attempts() + 1 < MAX_ATTEMPTS;
                Optional<Instant> retryAt = again ? Optional.of(clock.instant().plus(backoff(owed.attempts())))
                        : Optional.empty();
                requests.mailFailed(owed, e.reason(), retryAt, clock.instant());
                audit.record(new AuditTrail.Entry(owed.requestId(), clock.instant(),
                        again ? "mail-failed" : "mail-given-up", "", owed.kind() + " " + e.reason()));
                LOG.warn("{} e-mail for removal request {} not sent ({}): {}", owed.kind(), owed.requestId(),
                        again ? "retrying at " + retryAt.get() : "given up, address erased", e.reason());
                retrying += again ? 1 : 0;
                givenUp += again ? 0 : 1;
            }
        }
        return new Summary(sent, retrying, givenUp);
    }

    /** 1, 2, 4 ... minutes, at most {@link #LONGEST_RETRY}. */
    static Duration backoff(int failedSoFar) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedSoFar, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private MailMessage message(OwedMail owed, RemovalRequest request) {
        if (owed.kind() == MailKind.ACKNOWLEDGEMENT) {
            return MailMessage.of(owed.address(), templates.render("removal-acknowledgement", Map.of(
                    "requestId", request.id(), "receivedOn", DAY.format(request.createdAt()),
                    "reviewDays", OverdueRemovals.OVERDUE_AFTER_DAYS, "aboutUrl", links.delisting(),
                    "siteUrl", links.home())));
        }
        RemovalRequest.Decision decision = request.decision().orElseThrow(() -> new MailException(
                MailException.Kind.REJECTED, "the request has no decision to report"));
        if (decision.approved()) {
            return MailMessage.of(owed.address(), templates.render("removal-approved", Map.of(
                    "requestId", request.id(), "decidedOn", DAY.format(decision.at()), "siteUrl", links.home())));
        }
        return MailMessage.of(owed.address(), templates.render("removal-declined", Map.of(
                "requestId", request.id(), "decidedOn", DAY.format(decision.at()),
                "reason", decision.note().isBlank() ? "no reason was recorded" : decision.note(),
                "removeUrl", links.removalForm(), "siteUrl", links.home())));
    }
}
