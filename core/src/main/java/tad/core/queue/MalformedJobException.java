package tad.core.queue;

/** A message body that is not a crawl job (hand-sent garbage, a truncated body, an unknown type). */
public final class MalformedJobException extends Exception {
    public MalformedJobException(String reason) {
        super(reason);
    }
}
