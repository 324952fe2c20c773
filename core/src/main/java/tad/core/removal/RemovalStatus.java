package tad.core.removal;

/** Where a removal request is in its review. */
public enum RemovalStatus {
    PENDING, APPROVED, REJECTED
}
