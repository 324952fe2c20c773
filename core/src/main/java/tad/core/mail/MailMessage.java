package tad.core.mail;

import java.util.Objects;
import java.util.Set;

/**
 * One e-mail to one recipient, with a plain-text and an HTML part of the same content. The sender is the
 * deployment's ({@code mail.from}), set by the adapter.
 *
 * @param to           the recipient's address
 * @param subject      the subject line (one line)
 * @param text         the plain-text part
 * @param html         the HTML part; every value that came from outside was escaped when it was rendered
 * @param aboutArtists ids of the artists the message names, so that a copy kept on our side (the file outbox) can
 *                     be erased when one of them is purged
 */
public record MailMessage(String to, String subject, String text, String html, Set<String> aboutArtists) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        aboutArtists = Set.copyOf(aboutArtists);
        if (to.isBlank() || to.contains(",") || to.contains("\n")) {
            throw new IllegalArgumentException("a message has exactly one recipient address");
        }
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one non-blank line");
        }
    }

    /** A message that names no artist. */
    public static MailMessage of(String to, RenderedMail content) {
        return new MailMessage(to, content.subject(), content.text(), content.html(), Set.of());
    }
}
