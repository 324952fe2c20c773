package tad.core.governance;

import java.time.Clock;
import java.util.Optional;
import tad.core.denylist.Denylist;
import tad.core.domain.Artist;
import tad.core.domain.Ids;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;
import tad.core.store.ArtistStore;

/**
 * An operator's decision on a removal request (manual approval, NFR-GOV-06). Approval denylists the artist's
 * handle and id as keyed hashes, hides them from search, purges every trace, erases the request's personal data
 * and records the decision in the audit trail. Deciding a request twice changes nothing.
 */
public final class RemovalDecisions {
    private final RemovalRequestStore requests;
    private final ArtistStore store;
    private final Denylist denylist;
    private final Purger purger;
    private final AuditTrail audit;
    private final Clock clock;

    public RemovalDecisions(RemovalRequestStore requests, ArtistStore store, Denylist denylist, Purger purger,
                            AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.denylist = denylist;
        this.purger = purger;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a decision did; {@code changed} is false when the request had been decided already. */
    public record Outcome(RemovalRequest request, boolean changed, Optional<String> artistId) {
    }

    /**
     * Denylists, hides from search at once, erases the request's personal data, then purges and compacts (last, so
     * that no later write leaves a copy behind). Approving an approved request purges again, which is harmless and
     * repairs a purge that was interrupted.
     */
    public Outcome approve(String requestId, String note) {
        RemovalRequest request = requests.get(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        if (!request.isPending()) {
            if (request.status() == tad.core.removal.RemovalStatus.APPROVED) {
                request.artistId().ifPresent(purger::purge);
            }
            return new Outcome(request, false, request.artistId());
        }
        Optional<String> handle = request.instagramHandle()
                .or(() -> request.artistId().flatMap(store::artist).map(Artist::instagramHandle));
        String artistId;
        String hash;
        if (handle.isPresent()) {
            String normal = denylist.addHandle(handle.get());
            artistId = Ids.artistId(normal);
            hash = denylist.handleHash(normal);
        } else {
            artistId = request.artistId().orElseThrow(() -> new IllegalStateException(
                    "request " + requestId + " names neither a handle nor an artist id"));
            denylist.addArtistId(artistId);
            hash = denylist.artistIdHash(artistId);
        }
        purger.hide(artistId);
        audit.record(new AuditTrail.Entry(requestId, clock.instant(), "denylisted", hash, ""));
        RemovalRequest decided = requests.decide(requestId, RemovalRequest.Decision.approve(clock.instant(), note))
                .orElseThrow();
        audit.record(new AuditTrail.Entry(requestId, clock.instant(), "approved", hash, ""));
        purger.purge(artistId);
        audit.record(new AuditTrail.Entry(requestId, clock.instant(), "purged", hash, ""));
        return new Outcome(decided, true, Optional.of(artistId));
    }

    public Outcome reject(String requestId, String reason) {
        RemovalRequest request = requests.get(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        if (!request.isPending()) {
            return new Outcome(request, false, request.artistId());
        }
        RemovalRequest decided = requests.decide(requestId, RemovalRequest.Decision.reject(clock.instant(), reason))
                .orElseThrow();
        String hash = request.instagramHandle().map(denylist::handleHash)
                .or(() -> request.artistId().map(denylist::artistIdHash)).orElse("");
        audit.record(new AuditTrail.Entry(requestId, clock.instant(), "rejected", hash, ""));
        return new Outcome(decided, true, request.artistId());
    }

    /** No request with that id. */
    public static final class UnknownRequestException extends RuntimeException {
        public UnknownRequestException(String id) {
            super("no removal request with id " + id);
        }
    }
}
