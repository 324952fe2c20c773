package tad.plugins.instagram;

import java.time.Duration;

/** Waits. A seam so that budget tests run instantly on a fake clock. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper threadSleep() {
        return Thread::sleep;
    }
}
