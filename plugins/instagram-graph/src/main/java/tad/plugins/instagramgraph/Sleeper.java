package tad.plugins.instagramgraph;

import java.time.Duration;

/** Waits. A seam so that tests of the budget and of Meta's waits run at once on a clock they move themselves. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper threadSleep() {
        return Thread::sleep;
    }
}
