package tad.core.removal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where removal requests wait for review, with the e-mails owed to their requesters. The serving API only saves
 * (the acknowledgement is owed in the same write, so no request goes without one); the operator's tools list, read
 * and decide; a sender ({@code RemovalMail}) delivers what is owed. Adapters: DynamoDB
 * ({@code DynamoRemovalRequestStore}); every adapter passes {@code RemovalRequestStoreContract}.
 */
public interface RemovalRequestStore {

    /**
     * Stores a new pending request and owes its requester the acknowledgement, in one atomic write.
     *
     * @throws IllegalArgumentException when the request is already decided
     * @throws IllegalStateException when a request with the same id exists
     */
    void save(RemovalRequest request);

    Optional<RemovalRequest> get(String id);

    /** Pending requests, oldest first, at most {@code limit}; read from a listing, never a scan. */
    List<RemovalRequest> pending(int limit);

    /**
     * Records a decision on a pending request, erases the requester's email from it and owes them the decision
     * e-mail (the address moves into the owed message), in one atomic write. Deciding a request that is already
     * decided changes nothing (approving twice is harmless) and returns it as it is.
     *
     * @return the request as stored after the call, or empty when no request has that id
     */
    Optional<RemovalRequest> decide(String id, RemovalRequest.Decision decision);

    /** Owed e-mails due by {@code now}, the longest due first, at most {@code limit}; from a listing, never a scan. */
    List<OwedMail> owedMail(Instant now, int limit);

    /**
     * Takes an owed e-mail for sending until {@code until}, so two senders never both send it.
     *
     * @return false when it is gone or another sender holds it
     */
    boolean claimMail(OwedMail mail, Instant now, Instant until);

    /** Delivered: the owed message and its address are erased; the request's mail record says when. */
    void mailSent(OwedMail mail, Instant at);

    /**
     * Not delivered. With a {@code retryAt} it is owed again from then, one attempt more; without, it is given up
     * and its address erased.
     *
     * @param reason why, free of personal data
     */
    void mailFailed(OwedMail mail, String reason, Optional<Instant> retryAt, Instant at);

    /** What became of the request's e-mails, acknowledgement first. */
    List<MailRecord> mailRecords(String requestId);
}
