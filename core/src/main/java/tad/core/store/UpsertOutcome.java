package tad.core.store;

/** What an idempotent upsert did. */
public enum UpsertOutcome {
    NEW, UPDATED, UNCHANGED
}
