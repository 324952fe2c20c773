package tad.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;

/**
 * Builds the MIME message both the SMTP adapter and the file outbox write: From, To, a UTF-8 subject, Date,
 * {@code Auto-Submitted: auto-generated} (RFC 3834, so auto-responders stay quiet) and a multipart/alternative body,
 * plain text first and HTML last (the part a capable reader prefers).
 */
final class MimeMessages {
    private static final String UTF_8 = "UTF-8";

    private MimeMessages() {
    }

    /** The configured sender, checked once when the adapter is built. */
    static InternetAddress sender(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("mail.from is not a valid address: " + e.getMessage());
        }
    }

    static MimeMessage build(Session session, InternetAddress from, MailMessage message, Instant date) {
        InternetAddress to = recipient(message.to());
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipient(MimeMessage.RecipientType.TO, to);
            mime.setSubject(message.subject(), UTF_8);
            mime.setSentDate(Date.from(date));
            mime.setHeader("Auto-Submitted", "auto-generated");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
            mime.saveChanges();
            return mime;
        } catch (MessagingException e) {
            throw new MailException(MailException.Kind.REJECTED, "the message cannot be built as MIME: "
                    + e.getClass().getSimpleName());
        }
    }

    /** A strictly parsed single address; a malformed one is refused before any server sees it. */
    private static InternetAddress recipient(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new MailException(MailException.Kind.REJECTED, "the recipient address is malformed");
        }
    }
}
