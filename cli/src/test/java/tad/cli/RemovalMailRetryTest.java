package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.config.MailSettings;
import tad.core.governance.AuditTrail;
import tad.core.governance.RemovalMail;
import tad.core.mail.MailTemplates;
import tad.core.mail.Mailer;
import tad.core.mail.SiteLinks;
import tad.core.queue.MutableClock;
import tad.core.removal.MailRecord;
import tad.core.removal.RemovalRequest;
import tad.mail.SmtpMailer;
import tad.store.dynamodb.DynamoAuditTrail;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoRemovalRequestStore;

/**
 * {@link RemovalMail}'s failure handling on real parts (DynamoDB Local, SMTP through Angus Mail to GreenMail or to a
 * port nobody listens on) with a clock the test moves: a failed send is recorded and owed again after its backoff,
 * is sent once the server is back, and is given up (address erased) after the last attempt or at once when the
 * address can never be accepted.
 */
class RemovalMailRetryTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private DynamoConnection dynamo;
    private DynamoRemovalRequestStore requests;
    private AuditTrail audit;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void freshStore() {
        dynamo = DynamoConnection.inMemory("MailRetry");
        requests = new DynamoRemovalRequestStore(dynamo);
        audit = new DynamoAuditTrail(dynamo);
        TestSmtp.clear(SMTP);
    }

    @AfterEach
    void stopStore() {
        dynamo.close();
    }

    @Test
    void aFailedSendIsOwedAgainAfterItsBackoffAndSentOnceTheServerIsBack() throws Exception {
        requests.save(request("rq-0000000000000000000000e1", "someone@example.org"));
        RemovalMail down = mail(smtp(TestSmtp.closedPort()));

        assertThat(down.sendOwed()).isEqualTo(new RemovalMail.Summary(0, 1, 0));
        MailRecord failed = requests.mailRecords("rq-0000000000000000000000e1").get(0);
        assertThat(failed.state()).isEqualTo(MailRecord.State.OWED);
        assertThat(failed.lastReason()).hasValueSatisfying(r -> assertThat(r).startsWith("UNAVAILABLE: cannot reach")
                .doesNotContain("someone"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(down.sendOwed()).as("not due before its backoff").isEqualTo(new RemovalMail.Summary(0, 0, 0));

        clock.advance(Duration.ofSeconds(1));
        RemovalMail back = mail(smtp(SMTP.getSmtp().getPort()));
        assertThat(back.sendOwed()).isEqualTo(new RemovalMail.Summary(1, 0, 0));
        assertThat(TestSmtp.await(SMTP, 1)).singleElement().satisfies(m -> assertThat(m.subject())
                .isEqualTo("We received your removal request rq-0000000000000000000000e1"));
        assertThat(requests.mailRecords("rq-0000000000000000000000e1").get(0).state()).isEqualTo(MailRecord.State.SENT);
        assertThat(audit.recent(10)).extracting(AuditTrail.Entry::action)
                .contains("mail-failed", "mailed-acknowledgement");
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpAndItsAddressErased() throws Exception {
        requests.save(request("rq-0000000000000000000000e2", "someone@example.org"));
        RemovalMail down = mail(smtp(TestSmtp.closedPort()));
        int rounds = 0;
        while (!requests.owedMail(clock.instant().plus(Duration.ofDays(2)), 10).isEmpty()) {
            clock.advance(Duration.ofHours(6));
            down.sendOwed();
            rounds++;
        }
        assertThat(rounds).isEqualTo(12);
        MailRecord record = requests.mailRecords("rq-0000000000000000000000e2").get(0);
        assertThat(record.state()).isEqualTo(MailRecord.State.GAVE_UP);
        assertThat(record.attempts()).isEqualTo(12);
        // the pending request itself still holds the address (its decision is owed later); no owed message does
        assertThat(dynamo.client().scan(s -> s.tableName("MailRetry")).items())
                .filteredOn(item -> item.toString().contains("someone@example.org"))
                .singleElement().satisfies(item -> assertThat(item.get("entityType").s()).isEqualTo("RemovalRequest"));
    }

    @Test
    void anAddressNoServerWillEverAcceptIsGivenUpAtOnce() {
        requests.save(request("rq-0000000000000000000000e3", "no spaces allowed@example.org"));
        assertThat(mail(smtp(SMTP.getSmtp().getPort())).sendOwed()).isEqualTo(new RemovalMail.Summary(0, 0, 1));
        assertThat(requests.mailRecords("rq-0000000000000000000000e3").get(0).lastReason())
                .contains("REJECTED: the recipient address is malformed");
        assertThat(requests.owedMail(clock.instant().plus(Duration.ofDays(9)), 10)).isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private RemovalMail mail(Mailer mailer) {
        return new RemovalMail(requests, mailer, new MailTemplates(), audit, clock,
                new SiteLinks(URI.create("https://tad.example")));
    }

    private SmtpMailer smtp(int port) {
        return new SmtpMailer(new MailSettings.SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(),
                MailSettings.Security.NONE, Duration.ofSeconds(10)), "privacy@tad.example", clock);
    }

    private RemovalRequest request(String id, String email) {
        return RemovalRequest.pending(id, Optional.of("some.artist"), Optional.empty(), email, "please",
                clock.instant());
    }
}
