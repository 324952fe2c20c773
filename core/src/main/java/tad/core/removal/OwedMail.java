package tad.core.removal;

import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail the directory owes a removal requester and has not delivered yet. It is the one place the address
 * survives the decision, and only until the message is handed over (or given up on): then it is erased with it.
 *
 * @param attempts how many sends failed so far
 * @param dueAt    when to try (next)
 */
public record OwedMail(String requestId, MailKind kind, String address, int attempts, Instant dueAt) {
    public OwedMail {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
