package tad.plugin;

/**
 * Why one item (a studio, a site, a profile, a page) could not be processed. The crawl records it and goes on.
 *
 * @param reason a stable machine-readable category
 * @param detail a short human-readable explanation, free of personal data
 */
public record Failure(Reason reason, String detail) {

    public enum Reason {
        NOT_FOUND,
        PRIVATE,
        LOGIN_WALL,
        THROTTLED,
        UNEXPECTED_FORMAT,
        HTTP_ERROR,
        TIMEOUT,
        TOO_LARGE,
        NOT_HTML,
        ROBOTS_DISALLOWED,
        REDIRECT_LOOP,
        OFF_SITE_REDIRECT,
        CIRCUIT_OPEN,
        JAVASCRIPT_ONLY,
        NO_WEBSITE,
        NETWORK,
        NOT_AN_IMAGE
    }

    public static Failure of(Reason reason, String detail) {
        return new Failure(reason, detail);
    }
}
