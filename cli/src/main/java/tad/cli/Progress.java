package tad.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import tad.core.pipeline.CrawlProgress;

/**
 * Crawl progress on stdout, where the summary follows it (logs go to a file, errors to stderr): a redrawn bar on a
 * terminal, a line every ten seconds (and per 10% of studios) otherwise, so logs in Fargate stay readable.
 */
final class Progress implements CrawlProgress {
    private static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
    private final PrintStream out;
    private final boolean terminal;
    private final AtomicInteger artists = new AtomicInteger();
    private volatile long lastLine = System.nanoTime();
    private volatile int lastDecile = -1;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void resumed(String runId, java.time.Instant startedAt) {
        out.println("tad: resuming unfinished crawl run " + runId + " (started " + startedAt + ")");
    }

    @Override
    public void studiosDiscovered(int count, int requests) {
        out.println("tad: found " + count + " studios (" + requests + " Places requests)");
    }

    @Override
    public synchronized void studioFinished(int done, int total) {
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + " studios, " + artists.get() + " artists");
            return;
        }
        int decile = total == 0 ? 10 : done * 10 / total;
        long now = System.nanoTime();
        if (decile != lastDecile || now - lastLine > LINE_INTERVAL_NANOS || done == total) {
            lastDecile = decile;
            lastLine = now;
            out.println("tad: " + done + "/" + total + " studios crawled, " + artists.get() + " artists processed");
        }
    }

    @Override
    public void artistFinished(String outcome) {
        artists.incrementAndGet();
    }

    @Override
    public synchronized void profileFinished(int done, int total) {
        if (terminal) {
            out.print("\r" + done + "/" + total + " profiles");
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine > LINE_INTERVAL_NANOS || done == total) {
            lastLine = now;
            out.println("tad: " + done + "/" + total + " profiles handled");
        }
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }
}
