package tad.core.removal;

import java.util.List;
import java.util.Optional;

/**
 * Where removal requests wait for review. The serving API only saves; the operator's tools list, read and decide.
 * Adapters: DynamoDB ({@code DynamoRemovalRequestStore}); every adapter passes {@code RemovalRequestStoreContract}.
 */
public interface RemovalRequestStore {

    /**
     * Stores a new pending request.
     *
     * @throws IllegalArgumentException when the request is already decided
     * @throws IllegalStateException when a request with the same id exists
     */
    void save(RemovalRequest request);

    Optional<RemovalRequest> get(String id);

    /** Pending requests, oldest first, at most {@code limit}; read from a listing, never a scan. */
    List<RemovalRequest> pending(int limit);

    /**
     * Records a decision on a pending request and erases the requester's email. Deciding a request that is already
     * decided changes nothing (approving twice is harmless) and returns it as it is.
     *
     * @return the request as stored after the call, or empty when no request has that id
     */
    Optional<RemovalRequest> decide(String id, RemovalRequest.Decision decision);
}
