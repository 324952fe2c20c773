package tad.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import tad.core.config.MailSettings;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;

/**
 * Sends through a mail server with Eclipse Angus Mail (Jakarta Mail's reference implementation): STARTTLS required
 * on submission ports (a server that does not offer it is refused rather than talked to in clear), or implicit TLS,
 * with the server's certificate and host name checked; AUTH when a user is configured; bounded timeouts, so a hung
 * server costs at most {@code mail.smtp.timeout.ms} per exchange. One connection per message: the volumes here are
 * a few messages an hour.
 */
public final class SmtpMailer implements Mailer {
    private final MailSettings.SmtpSettings settings;
    private final InternetAddress from;
    private final Session session;
    private final Clock clock;

    public SmtpMailer(MailSettings.SmtpSettings settings, String from, Clock clock) {
        this.settings = settings;
        this.from = MimeMessages.sender(from);
        this.session = Session.getInstance(properties(settings));
        this.clock = clock;
    }

    @Override
    public void send(MailMessage message) {
        MimeMessage mime = MimeMessages.build(session, from, message, clock.instant());
        try (Transport transport = session.getTransport(settings.security() == MailSettings.Security.TLS ? "smtps"
                : "smtp")) {
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.password().map(p -> p.value()).orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /**
     * What went wrong, by SMTP reply class and exception type only: servers put the recipient's address in their
     * reply texts, which must not reach logs or the audit trail.
     */
    static MailException failure(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new MailException(MailException.Kind.NOT_ALLOWED, "the mail server refused our credentials");
        }
        if (e instanceof SMTPSenderFailedException sender) {
            return new MailException(MailException.Kind.NOT_ALLOWED, "the mail server refused the sender (SMTP "
                    + sender.getReturnCode() + ")");
        }
        SMTPAddressFailedException recipient = addressFailure(e);
        if (recipient != null) {
            return byReplyClass(recipient.getReturnCode(), "the mail server refused the recipient");
        }
        if (e instanceof SMTPSendFailedException refused) {
            return byReplyClass(refused.getReturnCode(), "the mail server refused the message");
        }
        if (String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return new MailException(MailException.Kind.NOT_ALLOWED, "the mail server does not offer STARTTLS");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return new MailException(MailException.Kind.NOT_ALLOWED, "TLS with the mail server failed ("
                        + cause.getClass().getSimpleName() + "): its certificate or protocol is not accepted");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException) {
                return new MailException(MailException.Kind.UNAVAILABLE, "cannot reach the mail server ("
                        + cause.getClass().getSimpleName() + ")");
            }
        }
        return new MailException(MailException.Kind.UNAVAILABLE, "the mail exchange failed ("
                + e.getClass().getSimpleName() + ")");
    }

    /** 4xx is a temporary refusal (greylisting, a full mailbox), 5xx a permanent one. */
    private static MailException byReplyClass(int code, String what) {
        MailException.Kind kind = code >= 400 && code < 500 ? MailException.Kind.UNAVAILABLE
                : MailException.Kind.REJECTED;
        return new MailException(kind, what + " (SMTP " + code + ")");
    }

    /** Angus chains the per-recipient failures behind a SendFailedException. */
    private static SMTPAddressFailedException addressFailure(MessagingException e) {
        Exception next = e;
        while (next != null) {
            if (next instanceof SMTPAddressFailedException failed) {
                return failed;
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return null;
    }

    private static Properties properties(MailSettings.SmtpSettings settings) {
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties p = new Properties();
        p.put(prefix + "connectiontimeout", timeout);
        p.put(prefix + "timeout", timeout);
        p.put(prefix + "writetimeout", timeout);
        p.put(prefix + "auth", Boolean.toString(settings.user().isPresent()));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
            p.put(prefix + "ssl.protocols", "TLSv1.3 TLSv1.2");
        }
        return p;
    }
}
