package tad.core.governance;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.domain.Studio;
import tad.core.media.MediaStore;
import tad.core.domain.Artist;
import tad.core.memory.PageMemoryNames;
import tad.core.search.SearchWithdrawal;
import tad.core.store.ArtistStore;

/**
 * Removes every trace of an artist: the search index first (so searches stop showing them at once), then what the
 * crawl remembered of the sites that list or name them (page memory keeps what those pages yielded, which names the
 * artist: the sites of their studios, and every site whose remembered pages name their handle), the store's
 * profile, image, style and roster items, the mirrored media and any other copies (the outbox's notices), and
 * finally the embedded stores' files are compacted so deleted bytes do not linger.
 */
public final class Purger {
    private static final Logger LOG = LoggerFactory.getLogger(Purger.class);
    private final ArtistStore store;
    private final SearchWithdrawal search;
    private final Optional<MediaStore> media;
    private final List<ArtistCopies> copies;
    private final List<Compactor> compactors;
    private final Optional<PageMemoryNames> pageMemory;

    public Purger(ArtistStore store, SearchWithdrawal search, Optional<MediaStore> media, List<Compactor> compactors) {
        this(store, search, media, compactors, Optional.empty());
    }

    /**
     * @param compactors run after the deletes, in order (e.g. let the index follower see the deletes, then vacuum
     *                   DynamoDB Local's file)
     */
    public Purger(ArtistStore store, SearchWithdrawal search, Optional<MediaStore> media, List<Compactor> compactors,
                  Optional<PageMemoryNames> pageMemory) {
        this(store, search, media, List.of(), compactors, pageMemory);
    }

    /**
     * @param copies     other places that may name the artist (the file outbox), erased before the compaction
     * @param compactors run after the deletes, in order (e.g. let the index follower see the deletes, then vacuum
     *                   DynamoDB Local's file)
     */
    public Purger(ArtistStore store, SearchWithdrawal search, Optional<MediaStore> media, List<ArtistCopies> copies,
                  List<Compactor> compactors, Optional<PageMemoryNames> pageMemory) {
        this.store = store;
        this.search = search;
        this.media = media;
        this.copies = List.copyOf(copies);
        this.compactors = List.copyOf(compactors);
        this.pageMemory = pageMemory;
    }

    /** Hides the artist from search immediately; the rest of the purge may take a little longer. */
    public void hide(String artistId) {
        search.withdraw(artistId);
    }

    public void purge(String artistId) {
        purge(artistId, () -> { });
    }

    /**
     * Purges, running {@code beforeCompaction} after the deletes and before the compaction, so that what it erases
     * (a requester's address, once the decision e-mail is out) is compacted away with the rest.
     */
    public void purge(String artistId, Runnable beforeCompaction) {
        purge(artistId, Optional.empty(), beforeCompaction);
    }

    /**
     * @param handle the artist's handle when the caller knows it (a request may name an artist the store no longer
     *               holds, whose handle some remembered page may still name); the stored artist's handle is used too
     */
    public void purge(String artistId, Optional<String> handle, Runnable beforeCompaction) {
        long started = System.nanoTime();
        hide(artistId);
        pageMemory.ifPresent(memory -> {
            forgetSitesListing(artistId, memory);
            store.artist(artistId).map(Artist::instagramHandle).ifPresent(memory::forgetNaming);
            handle.ifPresent(memory::forgetNaming);
        });
        store.deleteArtist(artistId);
        media.ifPresent(m -> m.deleteArtist(artistId));
        copies.forEach(c -> c.deleteArtist(artistId));
        search.withdraw(artistId);
        search.expungeDeletes();
        beforeCompaction.run();
        compact();
        LOG.info("purged artist {} in {} ms", artistId, (System.nanoTime() - started) / 1_000_000);
    }

    /** The next crawl reads those sites afresh: the artist, now denylisted, is then never recorded again. */
    private void forgetSitesListing(String artistId, PageMemoryNames memory) {
        store.artist(artistId).ifPresent(artist -> artist.studioIds().forEach(studioId -> store.studio(studioId)
                .flatMap(Studio::website).flatMap(Purger::uri).ifPresent(memory::forgetSite)));
    }

    private static Optional<URI> uri(String website) {
        try {
            URI uri = URI.create(website.strip());
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Compacts the embedded stores, so that data just erased (an address) leaves their files too. */
    public void compact() {
        compactors.forEach(Compactor::compact);
    }
}
