package tad.core.pipeline;

/** The crawl cannot go on at all (no API key, the key rejected, nothing to crawl). */
public class CrawlFatalException extends Exception {
    public CrawlFatalException(String message) {
        super(message);
    }

    public CrawlFatalException(String message, Throwable cause) {
        super(message, cause);
    }
}
