package tad.core.mail;

/**
 * A message that was not handed over. The detail never carries an address or any other part of the message (mail
 * servers echo the recipient in their replies), so it can be logged and stored in the audit trail as it is.
 */
public final class MailException extends RuntimeException {

    /** Why, as far as trying again is concerned. */
    public enum Kind {
        /** This message will never be accepted (the recipient was refused, the address is malformed). */
        REJECTED(false),
        /** The mail system is unreachable, busy or throttling: try again later. */
        UNAVAILABLE(true),
        /** Our side is not allowed to send (credentials, unverified sender, paused account): try again once fixed. */
        NOT_ALLOWED(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;

    public MailException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The kind and detail, safe to record: e.g. {@code UNAVAILABLE: connection refused}. */
    public String reason() {
        return kind + ": " + getMessage();
    }
}
