package tad.cli.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tad.core.queue.CrawlJob.ProfileJob;
import tad.core.queue.CrawlJob.StudioJob;
import tad.core.queue.DeadLetter;
import tad.core.queue.Delivery;
import tad.core.queue.InMemoryJobQueue;
import tad.core.queue.JobHandler;
import tad.core.queue.JobQueue;
import tad.core.queue.MutableClock;

/** {@code tad worker} end to end on the in-memory queue, with a scripted handler and a clock the pauses move. */
class WorkerCommandTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final InMemoryJobQueue queue = new InMemoryJobQueue(clock, 3);
    private final StringWriter out = new StringWriter();

    private int run(JobHandler handler, String... args) {
        WorkerCommand command = new WorkerCommand(() -> queue, () -> handler, WorkerSettings.defaults(), clock,
                clock::advance, false);
        return new CommandLine(command).setOut(new PrintWriter(out)).execute(args);
    }

    private static StudioJob studio(String id) {
        return new StudioJob("run-1", id, "Leeds", "GB");
    }

    @Test
    void studioJobsFanOutIntoProfileJobsAndEverythingIsDone() {
        ScriptedHandler handler = new ScriptedHandler(Map.of("s1", List.of("mara.ink", "olu.tattoo"),
                "s2", List.of("kit.lines")));
        CrawlEnqueue.enqueue(queue, "run-1", "Leeds", "GB", List.of("s1", "s2"), new PrintWriter(new StringWriter()));

        assertThat(run(handler, "--idle-exit-seconds", "5")).isZero();

        assertThat(handler.succeeded).hasSize(5).filteredOn(ProfileJob.class::isInstance)
                .extracting(job -> ((ProfileJob) job).handle())
                .containsExactlyInAnyOrder("mara.ink", "olu.tattoo", "kit.lines");
        assertThat(queue.size()).isZero();
        assertThat(out.toString()).contains("worker stopped (idle for 5 s): 5 jobs done, 0 released for retry, "
                + "0 dead-lettered");
    }

    @Test
    void aTransientFailureIsRetriedAfterABackoffAndThenSucceeds() {
        ScriptedHandler handler = new ScriptedHandler(Map.of()).failing("s1", 2);
        queue.send(studio("s1"));
        Instant start = clock.instant();

        run(handler, "--idle-exit-seconds", "600");

        assertThat(handler.attempts).hasSize(3);
        assertThat(handler.succeeded).containsExactly(studio("s1"));
        assertThat(queue.deadLetters()).isEmpty();
        assertThat(out.toString()).contains("1 jobs done, 2 released for retry, 0 dead-lettered");
        // 30 s after the first failure, 60 s after the second: the third attempt cannot come sooner
        assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aJobThatKeepsFailingIsDeadLetteredWithItsLastErrorAfterMaxReceives() {
        ScriptedHandler handler = new ScriptedHandler(Map.of()).failing("s1", 100);
        queue.send(studio("s1"));
        queue.send(studio("s2"));

        run(handler, "--idle-exit-seconds", "600");

        assertThat(handler.attempts).filteredOn(studio("s1")::equals).hasSize(3);
        assertThat(handler.succeeded).containsExactly(studio("s2"));
        assertThat(queue.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.job()).contains(studio("s1"));
            assertThat(dead.reason()).startsWith("failed 3 times, last: ").contains("HTTP 503 from s1");
        });
        assertThat(out.toString()).contains("1 jobs done, 2 released for retry, 1 dead-lettered");
    }

    @Test
    void aPoisonJobIsDeadLetteredAtOnce() {
        ScriptedHandler handler = new ScriptedHandler(Map.of()).poison("gone");
        queue.send(studio("gone"));

        run(handler, "--idle-exit-seconds", "5");

        assertThat(handler.attempts).hasSize(1);
        assertThat(queue.deadLetters()).extracting(DeadLetter::reason).containsExactly("gone is not in the store");
    }

    @Test
    void garbageOnTheQueueDoesNotStopTheWorker() {
        ScriptedHandler handler = new ScriptedHandler(Map.of());
        queue.sendRaw("{\"type\":\"studio\",\"oops\":true}");
        queue.send(studio("s1"));

        assertThat(run(handler, "--idle-exit-seconds", "5")).isZero();

        assertThat(handler.succeeded).containsExactly(studio("s1"));
        assertThat(queue.deadLetters()).singleElement().extracting(DeadLetter::reason).asString()
                .startsWith("malformed message: ");
    }

    @Test
    void maxJobsStopsTheWorkerAndLeavesTheRestQueued() {
        ScriptedHandler handler = new ScriptedHandler(Map.of());
        for (int i = 0; i < 5; i++) {
            queue.send(studio("s" + i));
        }

        run(handler, "--max-jobs", "2");

        assertThat(handler.succeeded).hasSize(2);
        assertThat(queue.size()).isEqualTo(3);
        assertThat(out.toString()).contains("worker stopped (--max-jobs reached): 2 jobs done");
    }

    @Test
    void helpNeedsNeitherTheQueueNorTheHandler() {
        Supplier<JobQueue> noQueue = () -> {
            throw new AssertionError("queue opened for --help");
        };
        Supplier<JobHandler> noHandler = () -> {
            throw new AssertionError("handler built for --help");
        };
        StringWriter help = new StringWriter();
        int code = new CommandLine(new WorkerCommand(noQueue, noHandler)).setOut(new PrintWriter(help))
                .execute("--help");
        assertThat(code).isZero();
        assertThat(help.toString()).contains("--max-jobs", "--idle-exit-seconds", "SIGTERM");
    }

    @Test
    void aMaxJobsBelowOneIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new WorkerCommand(() -> queue, () -> new ScriptedHandler(Map.of()),
                WorkerSettings.defaults(), clock, clock::advance, false)).setErr(new PrintWriter(err))
                .execute("--max-jobs", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--max-jobs must be at least 1");
    }

    @Test
    void enqueueSendsOneStudioJobPerDistinctStudio() {
        StringWriter printed = new StringWriter();
        int sent = CrawlEnqueue.enqueue(queue, "run-9", "Leeds", "GB", List.of("s1", "s2", "s1"),
                new PrintWriter(printed));
        assertThat(sent).isEqualTo(2);
        assertThat(queue.receive(10, Duration.ofMinutes(1))).extracting(Delivery::job)
                .containsExactlyInAnyOrder(new StudioJob("run-9", "s1", "Leeds", "GB"),
                        new StudioJob("run-9", "s2", "Leeds", "GB"));
        assertThat(printed.toString()).startsWith("enqueued 2 studio jobs for Leeds (run run-9)");
    }
}
