package tad.core.governance;

/**
 * Somewhere besides the store, the index and the media that may name an artist (the file outbox's copies of notices
 * to studios): erased by the purge, before the compaction.
 */
@FunctionalInterface
public interface ArtistCopies {
    void deleteArtist(String artistId);
}
