package tad.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tad.core.config.TadConfig;
import tad.core.domain.StyleTaxonomy;
import tad.core.governance.Purger;
import tad.core.governance.RemovalDecisions;
import tad.core.governance.TraceVerifier;

/** Removal decisions, the purge and the trace check, over the store, the index and the media. */
final class GovernancePieces {
    private final TadConfig config;
    private final Path dataDir;
    private final Clock clock;
    private final StorePieces store;
    private final SearchPieces search;
    private final MediaPieces media;
    private final MailPieces mail;

    GovernancePieces(TadConfig config, Path dataDir, Clock clock, StorePieces store, SearchPieces search,
                     MediaPieces media, MailPieces mail) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.store = store;
        this.search = search;
        this.media = media;
        this.mail = mail;
    }

    /**
     * Purges an artist everywhere. Embedded: the data server's index follower first consumes the deletes, then
     * DynamoDB Local's file is compacted so no deleted bytes or stream records remain.
     */
    Purger purger() {
        return new Purger(store.artists(), search.withdrawal(), Optional.of(media.store()),
                List.of(mail.outbox()::deleteArtist), search.compactors(), Optional.of(store.pageMemoryNames()));
    }

    RemovalDecisions decisions() {
        return new RemovalDecisions(store.removalRequests(), store.artists(), store.denylist(), purger(),
                store.audit(), clock, mail.removalMail());
    }

    TraceVerifier traces() {
        return new TraceVerifier(store.artists(), search.reader(), Optional.of(media.store()), StyleTaxonomy.bundled(),
                Optional.of(store.pageMemoryNames()));
    }

    /** The embedded stores' directory, whose raw bytes a trace check scans; empty when the stores are remote. */
    Optional<Path> rawDataDir() {
        return config.store().embedded() ? Optional.of(dataDir) : Optional.empty();
    }
}
