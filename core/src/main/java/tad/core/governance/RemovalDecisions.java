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
 * and records the decision in the audit trail. Either decision owes the requester an e-mail, which is sent before
 * the final compaction (so the address it carried leaves the embedded files too); a mail failure is recorded and
 * retried later ({@link RemovalMail}) and never stops or undoes the decision. Deciding a request twice changes
 * nothing.
 */
public final class RemovalDecisions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemovalDecisions.class);
    private final RemovalRequestStore requests;
    private final ArtistStore store;
    private final Denylist denylist;
    private final Purger purger;
    private final AuditTrail audit;
    private final Clock clock;
    private final RemovalMail mail;

    public RemovalDecisions(RemovalRequestStore requests, ArtistStore store, Denylist denylist, Purger purger,
                            AuditTrail audit, Clock clock, RemovalMail mail) {
        this.requests = requests;
        this.store = store;
        this.denylist = denylist;
        this.purger = purger;
        this.audit = audit;
        this.clock = clock;
        this.mail = mail;
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
        purger.purge(artistId, handle.flatMap(tad.plugin.InstagramHandles::normalise), this::sendOwedMail);
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
        sendOwedMail();
        purger.compact();
        return new Outcome(decided, true, request.artistId());
    }

    /** The decision e-mail (and anything else due) now, best effort: whatever fails stays owed for a later round. */
    private void sendOwedMail() {
        try {
            mail.sendOwed();
        } catch (RuntimeException e) {
            LOG.warn("owed removal e-mails not sent now, left for the next round: {}", e.toString());
        }
    }

    /** No request with that id. */
    public static final class UnknownRequestException extends RuntimeException {
        public UnknownRequestException(String id) {
            super("no removal request with id " + id);
        }
    }
}
