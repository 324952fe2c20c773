package tad.core.removal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request, filed through the API, to remove an artist from the directory (SRS FR-GOV-01). It names the artist by
 * Instagram handle or by our artist id (at least one), and carries the requester's email only until an operator
 * decides: the decision erases it, because after that nobody needs to contact the requester.
 *
 * @param id              our id for the request, e.g. {@code rq-3f2a...}; safe to show and log
 * @param instagramHandle the normalised handle the requester named, when they named one
 * @param artistId        the artist id the requester named, when they named one
 * @param email           the requester's address while the request is pending; empty once decided
 * @param reason          the requester's free-text reason
 * @param decision        how and when an operator decided, empty while pending
 */
public record RemovalRequest(
        String id,
        Optional<String> instagramHandle,
        Optional<String> artistId,
        Optional<String> email,
        String reason,
        Instant createdAt,
        Optional<Decision> decision) {

    public RemovalRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instagramHandle, "instagramHandle");
        Objects.requireNonNull(artistId, "artistId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(decision, "decision");
        if (instagramHandle.isEmpty() && artistId.isEmpty()) {
            throw new IllegalArgumentException("a removal request names an Instagram handle or an artist id");
        }
        if (decision.isPresent() && email.isPresent()) {
            throw new IllegalArgumentException("a decided request no longer holds the requester's email");
        }
    }

    /** A new, pending request. */
    public static RemovalRequest pending(String id, Optional<String> instagramHandle, Optional<String> artistId,
                                         String email, String reason, Instant createdAt) {
        return new RemovalRequest(id, instagramHandle, artistId, Optional.of(email), reason, createdAt,
                Optional.empty());
    }

    public RemovalStatus status() {
        return decision.map(d -> d.approved() ? RemovalStatus.APPROVED : RemovalStatus.REJECTED)
                .orElse(RemovalStatus.PENDING);
    }

    public boolean isPending() {
        return decision.isEmpty();
    }

    /**
     * This request decided: the decision recorded and the requester's email erased. An approval also erases the
     * handle and the free-text reason (which may name the artist): the artist is purged everywhere, this record
     * included; the pseudonymous artist id and the audit trail's keyed hash remain.
     */
    public RemovalRequest decided(Decision newDecision) {
        if (newDecision.approved()) {
            Optional<String> id = artistId.or(() -> instagramHandle.flatMap(tad.plugin.InstagramHandles::normalise)
                    .map(tad.core.domain.Ids::artistId));
            return new RemovalRequest(this.id, Optional.empty(), id, Optional.empty(), "", createdAt,
                    Optional.of(newDecision));
        }
        return new RemovalRequest(id, instagramHandle, artistId, Optional.empty(), reason, createdAt,
                Optional.of(newDecision));
    }

    /**
     * An operator's decision.
     *
     * @param approved true to remove the artist, false to keep them
     * @param at       when the operator decided
     * @param note     the operator's reason (required for a rejection by the CLI; may be empty for an approval)
     */
    public record Decision(boolean approved, Instant at, String note) {
        public Decision {
            Objects.requireNonNull(at, "at");
            note = note == null ? "" : note;
        }

        public static Decision approve(Instant at, String note) {
            return new Decision(true, at, note);
        }

        public static Decision reject(Instant at, String note) {
            return new Decision(false, at, note);
        }
    }
}
