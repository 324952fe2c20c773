package tad.core.removal;

import java.time.Instant;
import java.util.Optional;

/**
 * What became of one of a request's e-mails, without the address: shown by {@code tad removals show}.
 *
 * @param at         when it was owed, sent or given up, as {@code state} says
 * @param attempts   failed sends so far
 * @param lastReason why the last send failed (a {@code MailException} reason, free of personal data)
 */
public record MailRecord(MailKind kind, State state, Instant at, int attempts, Optional<String> lastReason) {

    public enum State {
        /** Not delivered yet (waiting for its first or next attempt). */
        OWED,
        /** Handed over to the mail system. */
        SENT,
        /** Refused for good, or failed too many times: the address was erased unsent. */
        GAVE_UP
    }
}
