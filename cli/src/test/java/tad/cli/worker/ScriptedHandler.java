package tad.cli.worker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.queue.CrawlJob;
import tad.core.queue.JobHandler;
import tad.core.queue.JobSink;
import tad.core.queue.PoisonJobException;

/**
 * A real handler for worker tests: a studio job "finds" the given artists and enqueues their profile jobs, as the
 * pipeline's handler will; chosen jobs fail a number of times first, or are poison. It records every attempt.
 */
final class ScriptedHandler implements JobHandler {
    private final Map<String, List<String>> artistsByStudio;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Set<String> poison = ConcurrentHashMap.newKeySet();
    final List<CrawlJob> attempts = new CopyOnWriteArrayList<>();
    final List<CrawlJob> succeeded = new CopyOnWriteArrayList<>();

    ScriptedHandler(Map<String, List<String>> artistsByStudio) {
        this.artistsByStudio = artistsByStudio;
    }

    /** The job for this studio id or handle throws a transient failure {@code times} times, then works. */
    ScriptedHandler failing(String key, int times) {
        failuresLeft.put(key, new AtomicInteger(times));
        return this;
    }

    ScriptedHandler poison(String key) {
        poison.add(key);
        return this;
    }

    @Override
    public void handle(CrawlJob job, JobSink followUps) {
        attempts.add(job);
        String key = switch (job) {
            case CrawlJob.StudioJob s -> s.studioId();
            case CrawlJob.ProfileJob p -> p.handle();
        };
        if (poison.contains(key)) {
            throw new PoisonJobException(key + " is not in the store");
        }
        AtomicInteger left = failuresLeft.get(key);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("HTTP 503 from " + key);
        }
        if (job instanceof CrawlJob.StudioJob s) {
            for (String handle : artistsByStudio.getOrDefault(s.studioId(), List.of())) {
                followUps.send(new CrawlJob.ProfileJob(s.runId(), handle, java.util.Optional.empty(), s.studioId(),
                        s.city(), s.country()));
            }
        }
        succeeded.add(job);
    }
}
