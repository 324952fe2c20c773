package tad.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The readable text of a message, for `tad outbox --show` and for reading messages back in tests. */
public final class MimeText {

    private MimeText() {
    }

    /** Date, From, To and Subject, a blank line, then the plain-text part. */
    public static String headersAndText(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            for (String header : new String[] {"Date", "From", "To", "Subject"}) {
                String value = message.getHeader(header, ", ");
                if (value != null) {
                    text.append(header).append(": ").append(header.equals("Subject") ? message.getSubject() : value)
                            .append('\n');
                }
            }
            return text.append('\n').append(part(message, "text/plain")).toString();
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
