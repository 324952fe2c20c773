package tad.core.mail;

/**
 * Sends e-mail. Adapters: SMTP ({@code SmtpMailer}, Eclipse Angus Mail), a file outbox under the data directory
 * ({@code FileOutbox}, when no mail server is configured) and Amazon SES ({@code SesMailer}); every adapter passes
 * {@code MailerContract}. A call returns once the message is handed over (accepted by the server, written to the
 * outbox); delivery to the mailbox is the mail system's business.
 */
public interface Mailer {

    /**
     * @throws MailException when the message was not handed over; its kind says whether trying again can help
     */
    void send(MailMessage message);
}
