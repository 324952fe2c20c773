package tad.plugin;

/**
 * One URL a source fetched, or decided not to fetch, and why: what an operator's dry run (`tad check`) lists, and
 * what a run's changed/unchanged page counts come from.
 *
 * @param url    the URL (canonical form)
 * @param status what happened to it
 * @param reason a short explanation: the HTTP status and type, the robots.txt rule that matched, the budget, ...
 */
public record PageVisit(String url, Status status, String reason) {

    public enum Status {
        /** Fetched in full (a first visit, or a page that changed since the last run). */
        FETCHED,
        /** Fetched conditionally and answered 304 Not Modified: what it yielded last time was used. */
        UNCHANGED,
        /** Not requested at all: robots.txt, the page budget, another site, not a web page. */
        SKIPPED,
        /** Requested, but no usable page came back (HTTP error, timeout, too large, redirect loop). */
        FAILED
    }

    public static PageVisit fetched(String url, String reason) {
        return new PageVisit(url, Status.FETCHED, reason);
    }

    public static PageVisit unchanged(String url, String reason) {
        return new PageVisit(url, Status.UNCHANGED, reason);
    }

    public static PageVisit skipped(String url, String reason) {
        return new PageVisit(url, Status.SKIPPED, reason);
    }

    public static PageVisit failed(String url, String reason) {
        return new PageVisit(url, Status.FAILED, reason);
    }
}
