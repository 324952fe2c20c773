package tad.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tad.core.mail.MailerContract;

/** Reads a received MIME message into what the contract compares: sender, recipient, subject, both parts. */
public final class MimeParts {

    private MimeParts() {
    }

    public static MailerContract.ReceivedMail read(MimeMessage mime) {
        try {
            String from = ((InternetAddress) mime.getFrom()[0]).getAddress();
            String to = ((InternetAddress) mime.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            return new MailerContract.ReceivedMail(from, to, mime.getSubject(), MimeText.part(mime, "text/plain"),
                    MimeText.part(mime, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }
}
