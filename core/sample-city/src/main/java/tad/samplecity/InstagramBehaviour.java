package tad.samplecity;

import java.util.Locale;

/** How the Instagram fixture answers for one profile, from the roster's {@code instagram} field. */
public enum InstagramBehaviour {
    /** 200 with the full public payload. */
    OK,
    /** 200 with {@code is_private: true} and no posts, as Instagram answers logged-out viewers of a private account. */
    PRIVATE,
    /** 200 with {@code data.user: null}. Handles the fixture has never heard of get a 404 instead. */
    NOT_FOUND,
    /** 302 to {@code /accounts/login/}, Instagram's answer when it wants a session before showing anything. */
    LOGIN_WALL,
    /** The first request is a 429 with {@code Retry-After: 1}; later ones succeed. */
    THROTTLED_ONCE,
    /**
     * Every request is a 401 {@code {"message":"Please wait a few minutes before you try again.",
     * "require_login":true,"status":"fail"}}, Instagram's answer to logged-out clients it has had enough of.
     */
    WAIT_401;

    public static InstagramBehaviour fromRoster(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ok" -> OK;
            case "private" -> PRIVATE;
            case "notfound" -> NOT_FOUND;
            case "loginwall" -> LOGIN_WALL;
            case "throttled-once" -> THROTTLED_ONCE;
            case "wait-401" -> WAIT_401;
            default -> throw new IllegalArgumentException("unknown instagram behaviour in roster.json: " + value);
        };
    }
}
