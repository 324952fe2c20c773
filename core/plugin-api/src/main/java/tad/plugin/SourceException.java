package tad.plugin;

/**
 * A source could not do its job. {@code fatal} means the crawl cannot continue at all (for example the Places API
 * rejected the key); otherwise only the current item fails.
 */
public class SourceException extends Exception {
    private final boolean fatal;
    private final Failure failure;

    public SourceException(Failure failure, boolean fatal) {
        super(failure.detail());
        this.failure = failure;
        this.fatal = fatal;
    }

    public SourceException(Failure failure, boolean fatal, Throwable cause) {
        super(failure.detail(), cause);
        this.failure = failure;
        this.fatal = fatal;
    }

    public boolean fatal() {
        return fatal;
    }

    public Failure failure() {
        return failure;
    }
}
