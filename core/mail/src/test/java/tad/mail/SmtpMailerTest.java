package tad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.config.MailSettings;
import tad.core.config.Secret;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;
import tad.core.mail.MailerContract;

/** The contract against a real SMTP server in the test JVM (GreenMail), plus what only SMTP can go wrong with. */
class SmtpMailerTest extends MailerContract {
    /** Generous: the build machines are shared and busy; GreenMail's default start deadline is 2 s. */
    private static final long STARTUP_MS = 60_000;
    private static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final ServerSetup SMTPS = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS);

    static {
        SMTP.setServerStartupTimeout(STARTUP_MS);
        SMTPS.setServerStartupTimeout(STARTUP_MS);
    }

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(new ServerSetup[] {SMTP, SMTPS})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("tad-sender", "right-password"))
            .withPerMethodLifecycle(false);

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SERVER.purgeEmailFromAllMailboxes();
    }

    @Override
    protected Mailer mailer() {
        return mailer(MailSettings.Security.NONE, SERVER.getSmtp().getPort(), Optional.of("tad-sender"),
                Optional.of("right-password"));
    }

    @Override
    protected List<ReceivedMail> received() {
        return Arrays.stream(SERVER.getReceivedMessages()).map(MimeParts::read).toList();
    }

    @Test
    void theMessageIsMarkedAutomaticAndCarriesNoInternalHeader() throws Exception {
        mailer().send(new MailMessage("studio@example.net", "s", "t", "<p>t</p>", Set.of("artist-1")));
        MimeMessage got = SERVER.getReceivedMessages()[0];
        assertThat(got.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(got.getHeader(FileOutbox.ARTISTS_HEADER)).isNull();
        assertThat(got.getSentDate()).isNotNull();
    }

    @Test
    void wrongCredentialsAreNotAllowedAndSayNothingAboutTheRecipient() {
        Mailer wrong = mailer(MailSettings.Security.NONE, SERVER.getSmtp().getPort(), Optional.of("tad-sender"),
                Optional.of("wrong-password"));
        assertThatThrownBy(() -> wrong.send(message("someone@example.org")))
                .isInstanceOfSatisfying(MailException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MailException.Kind.NOT_ALLOWED);
                    assertThat(e.reason()).doesNotContain("someone");
                });
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsRequiredSoAServerWithoutItIsNeverSpokenToInClear() {
        Mailer strict = mailer(MailSettings.Security.STARTTLS, SERVER.getSmtp().getPort(), Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> strict.send(message("someone@example.org")))
                .isInstanceOfSatisfying(MailException.class, e ->
                        assertThat(e.kind()).isEqualTo(MailException.Kind.NOT_ALLOWED));
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void implicitTlsChecksTheServersCertificate() {
        // GreenMail's SMTPS presents a self-signed certificate no trust store knows: the handshake must fail
        Mailer tls = mailer(MailSettings.Security.TLS, SERVER.getSmtps().getPort(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> tls.send(message("someone@example.org")))
                .isInstanceOfSatisfying(MailException.class, e ->
                        assertThat(e.kind()).isEqualTo(MailException.Kind.NOT_ALLOWED));
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsTemporary() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Mailer nowhere = mailer(MailSettings.Security.NONE, closed, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> nowhere.send(message("someone@example.org")))
                .isInstanceOfSatisfying(MailException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MailException.Kind.UNAVAILABLE);
                    assertThat(e.kind().retryable()).isTrue();
                });
    }

    private static MailMessage message(String to) {
        return new MailMessage(to, "subject", "text", "<p>text</p>", Set.of());
    }

    private static Mailer mailer(MailSettings.Security security, int port, Optional<String> user,
                                 Optional<String> password) {
        return new SmtpMailer(new MailSettings.SmtpSettings("127.0.0.1", port, user, password.map(Secret::new),
                security, Duration.ofSeconds(10)), FROM, Clock.systemUTC());
    }
}
