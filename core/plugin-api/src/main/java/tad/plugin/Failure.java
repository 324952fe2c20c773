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
        NOT_AN_IMAGE,
        /**
         * The Instagram Graph API cannot see this handle: a personal account, or no such user (error code 110,
         * subcode 2207013 cannot tell the two apart).
         */
        NOT_PROFESSIONAL,
        /**
         * The source refuses this kind of account outright (since July 2026 the logged-out web API answers 400 for
         * every business or creator account).
         */
        SOURCE_REFUSED,
        /**
         * Not fetched in this run: the request budget ran out or the source asked us to wait longer than a run may.
         * The profile is fetched first in the next run, and what is stored keeps being served.
         */
        DEFERRED,
        /**
         * No profile was asked for: the operator chose {@code profile.source=none}, so the artist is known only from
         * their studio's own site.
         */
        NO_PROFILE_SOURCE,
        /**
         * A plugin threw an unexpected exception (a bug, or input it did not expect): the one item it worked on is
         * recorded as failed with the plugin's id in the detail, and the crawl goes on.
         */
        PLUGIN_ERROR
    }

    public static Failure of(Reason reason, String detail) {
        return new Failure(reason, detail);
    }
}
