package tad.core.queue;

import java.util.Optional;

/**
 * A message that will not be handled any more: the raw body as it was sent (so garbage can be inspected), the job
 * when the body was readable, and why it was given up on.
 */
public record DeadLetter(String body, Optional<CrawlJob> job, String reason) {

    /** The reason given when the queue's own redrive moved the message after too many receives. */
    public static String tooManyReceives(int maxReceives) {
        return "received more than " + maxReceives + " times without success";
    }
}
