package tad.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.domain.Ids;

/**
 * The second half of a run: every artist the studio sites listed, fetched stalest first ({@link FetchOrder}) by a
 * bounded pool that takes them in that order. Each artist goes through {@link ArtistWork} once per studio that
 * listed them (the first fetches, the others link). A studio is marked done once all its artists are handled.
 */
final class ProfilePhase {
    private final CrawlDependencies deps;
    private final CrawlProgress progress;
    private final String runId;
    private final ArtistWork work;

    ProfilePhase(CrawlDependencies deps, CrawlProgress progress, String runId, ArtistWork work) {
        this.deps = deps;
        this.progress = progress;
        this.runId = runId;
        this.work = work;
    }

    /**
     * @throws ProfileSources.Fatal when the profile source cannot go on (a refused token): the remaining artists are
     *                              left untouched, their studios not marked done
     */
    void run(CandidateBook book) {
        List<FetchOrder.Item> items = new ArrayList<>();
        for (CandidateBook.Entry entry : book.entries()) {
            items.add(new FetchOrder.Item(entry, deps.store().artist(Ids.artistId(entry.handle()))));
        }
        List<FetchOrder.Item> ordered = FetchOrder.sort(items);
        ExecutorService pool = Executors.newFixedThreadPool(deps.settings().concurrency(), r -> {
            Thread t = new Thread(r, "crawl-profile");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (FetchOrder.Item item : ordered) {
                futures.add(pool.submit(() -> {
                    handle(item.entry(), book);
                    progress.profileFinished(done.incrementAndGet(), ordered.size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            // stopped by a signal: the profiles in flight record nothing, and the run is saved as interrupted
            pool.shutdownNow();
            CrawlPipeline.awaitWorkers(pool);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProfileSources.Fatal fatal) {
                throw fatal;
            }
            throw new IllegalStateException("a profile fetch failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void handle(CandidateBook.Entry entry, CandidateBook book) {
        for (CandidateBook.Listing listing : entry.listings()) {
            work.process(entry.handle(), listing.candidate(), listing.studio());
        }
        if (Thread.currentThread().isInterrupted()) {
            return;  // not handled: a resumed run does this artist again, and its studios are not done
        }
        for (String studioId : book.handled(entry)) {
            deps.runs().markDone(runId, StudioWork.unit(studioId));
        }
    }
}
