package tad.core.mail;

/** The subject, plain text and HTML of a message rendered from its templates ({@link MailTemplates}). */
public record RenderedMail(String subject, String text, String html) {
}
