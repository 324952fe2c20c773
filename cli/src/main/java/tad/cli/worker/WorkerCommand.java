package tad.cli.worker;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tad.core.queue.JobHandler;
import tad.core.queue.JobQueue;

/**
 * {@code tad worker}: consumes crawl jobs until stopped (SIGTERM finishes the job in hand), until {@code --max-jobs}
 * jobs were handled, or until no job arrived for {@code --idle-exit-seconds}. The queue is the in-process one by
 * default and SQS when TAD_QUEUE_URL is set; the root command supplies both dependencies lazily, so
 * {@code --help} connects to nothing.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Consume crawl jobs (a studio to crawl, a profile to fetch) from the job queue.",
                "Run several workers against one SQS queue (TAD_QUEUE_URL) to crawl in parallel;",
                "per-host politeness holds across them. SIGTERM finishes the current job, then exits."})
public final class WorkerCommand implements Callable<Integer> {
    /** ECS waits 30 s by default between SIGTERM and SIGKILL; stay inside it. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(25);

    private final Supplier<JobQueue> queue;
    private final Supplier<JobHandler> handler;
    private final WorkerSettings settings;
    private final Clock clock;
    private final WorkerLoop.Pause pause;
    private final boolean installShutdownHook;

    @Spec
    private CommandSpec spec;

    @Option(names = "--max-jobs", paramLabel = "N", description = "Stop after N jobs (whatever their outcome).")
    private Integer maxJobs;

    @Option(names = "--idle-exit-seconds", paramLabel = "S",
            description = "Stop when no job has arrived for S seconds (default: keep waiting).")
    private Integer idleExitSeconds;

    public WorkerCommand(Supplier<JobQueue> queue, Supplier<JobHandler> handler) {
        this(queue, handler, WorkerSettings.defaults());
    }

    /** With the visibility timeout and retry delays from configuration. */
    public WorkerCommand(Supplier<JobQueue> queue, Supplier<JobHandler> handler, WorkerSettings settings) {
        this(queue, handler, settings, Clock.systemUTC(), Thread::sleep, true);
    }

    WorkerCommand(Supplier<JobQueue> queue, Supplier<JobHandler> handler, WorkerSettings settings, Clock clock,
                  WorkerLoop.Pause pause, boolean installShutdownHook) {
        this.queue = queue;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
        this.installShutdownHook = installShutdownHook;
    }

    @Override
    public Integer call() {
        if (maxJobs != null && maxJobs < 1 || idleExitSeconds != null && idleExitSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-jobs must be at least 1 and --idle-exit-seconds at least 0");
        }
        WorkerSettings limited = settings.withLimits(Optional.ofNullable(maxJobs),
                Optional.ofNullable(idleExitSeconds).map(Duration::ofSeconds));
        WorkerLoop loop = new WorkerLoop(queue.get(), handler.get(), limited, clock, pause);
        Optional<JvmShutdown> shutdown = installShutdownHook
                ? Optional.of(JvmShutdown.install(loop, SHUTDOWN_GRACE)) : Optional.empty();
        WorkerSummary summary;
        try {
            summary = loop.run();
        } finally {
            shutdown.ifPresent(JvmShutdown::close);
        }
        spec.commandLine().getOut().println(summary.line());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
