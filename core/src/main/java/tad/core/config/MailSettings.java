package tad.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How e-mail leaves: the removal requesters' acknowledgements and decisions, and the notices to studios.
 *
 * @param transport       which adapter sends
 * @param from            the sender, {@code address} or {@code Display Name <address>}
 * @param smtp            the mail server, when the transport is SMTP
 * @param sesEndpoint     an SES endpoint instead of AWS's own (tests); SES uses {@code aws.region}
 * @param outboxRetention how long the file outbox keeps a message (it holds readable addresses)
 */
public record MailSettings(Transport transport, String from, Optional<SmtpSettings> smtp, Optional<URI> sesEndpoint,
                           Duration outboxRetention) {

    /** The sender's bare address, without a display name: what a message tells people to write to. */
    public String fromAddress() {
        int open = from.indexOf('<');
        return open < 0 ? from.strip() : from.substring(open + 1, from.indexOf('>', open)).strip();
    }

    /** The adapter that sends. */
    public enum Transport {
        /** Files under {@code data.dir/outbox}, one readable message each: the demo and machines without a server. */
        OUTBOX,
        /** A mail server (submission with STARTTLS, or implicit TLS). */
        SMTP,
        /** Amazon SES (API v2 SendEmail) with the AWS credential chain: the deployment on AWS. */
        SES
    }

    /**
     * @param security how the connection is protected
     * @param timeout  connect, read and write timeout of each exchange
     */
    public record SmtpSettings(String host, int port, Optional<String> user, Optional<Secret> password,
                               Security security, Duration timeout) {
    }

    /** {@code starttls} (submission, port 587; refuses a server without STARTTLS), {@code tls} (465), {@code none}. */
    public enum Security {
        STARTTLS, TLS, NONE
    }
}
