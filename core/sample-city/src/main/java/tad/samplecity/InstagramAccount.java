package tad.samplecity;

import java.util.Locale;

/**
 * What kind of Instagram account a roster artist has, from the roster's {@code account} field. It decides how both
 * Instagram look-alikes answer in 2026: the Graph API's Business Discovery reads professional (business and creator)
 * accounts only and answers error 110/2207013 for the rest; the logged-out web API refuses professional accounts with
 * HTTP 400 and shows personal ones without their posts.
 */
public enum InstagramAccount {
    BUSINESS,
    CREATOR,
    PERSONAL,
    /** The handle does not exist (a stale link on a studio site). */
    NONE;

    public boolean professional() {
        return this == BUSINESS || this == CREATOR;
    }

    public static InstagramAccount fromRoster(String value) {
        return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
            case "business" -> BUSINESS;
            case "creator" -> CREATOR;
            case "personal" -> PERSONAL;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown instagram account type in roster.json: " + value);
        };
    }
}
