package tad.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import tad.core.mail.MailerContract;

/** Reads a received MIME message into what the contract compares: sender, recipient, subject, both parts. */
public final class MimeParts {

    private MimeParts() {
    }

    public static MailerContract.ReceivedMail read(MimeMessage mime) {
        try {
            String from = ((InternetAddress) mime.getFrom()[0]).getAddress();
            String to = ((InternetAddress) mime.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            return new MailerContract.ReceivedMail(from, to, mime.getSubject(), part(mime, "text/plain"),
                    part(mime, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    /** The decoded text of the first part of that type, searching nested multiparts; "" when there is none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable part", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
