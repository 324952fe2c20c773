package tad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tad.cli.logging.CliLogging;
import tad.cli.logging.LogRoute;

/**
 * What a command runs in: the process environment (read only here, at the entry point), the output streams, and
 * the resources opened for this command, closed when it ends.
 */
public final class Environment implements AutoCloseable {
    private final Map<String, String> variables;
    private final PrintStream out;
    private final PrintStream err;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final CliLogging logging;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private boolean verbose;

    public Environment(Map<String, String> variables, PrintStream out, PrintStream err) {
        this.variables = Map.copyOf(variables);
        this.out = out;
        this.err = err;
        this.logging = CliLogging.begin(err);
    }

    public Map<String, String> variables() {
        return variables;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public boolean verbose() {
        return verbose;
    }

    void verbose(boolean value) {
        this.verbose = value;
    }

    /** Where the command's logs go, once its configuration is read (until then they go nowhere). */
    void logTo(LogRoute settings) {
        logging.route(settings);
    }

    /** Whether log lines reach stderr already (--verbose, once the configuration was read). */
    boolean logsOnTerminal() {
        return logging.onTerminal();
    }

    /** Registers something to close when the command ends (last opened, first closed). */
    public <T extends AutoCloseable> T closeLater(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                err.println("tad: warning: closing " + opened.get(i).getClass().getSimpleName() + " failed: "
                        + e.getMessage());
            }
        }
        opened.clear();
        // last, so that whatever the resources logged while closing reached the log file
        logging.close();
        closed.countDown();
    }

    /** Waits (at most {@code grace}) until {@link #close} has run: a shutdown hook holds the JVM open with it. */
    void awaitClosed(java.time.Duration grace) {
        try {
            closed.await(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
