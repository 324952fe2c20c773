package tad.cli.worker;

/** What one worker run did, printed when it stops. */
public record WorkerSummary(int done, int retried, int deadLettered, String stoppedBecause) {

    public int handled() {
        return done + retried + deadLettered;
    }

    public String line() {
        return "worker stopped (" + stoppedBecause + "): " + done + " jobs done, " + retried
                + " released for retry, " + deadLettered + " dead-lettered";
    }
}
