package tad.plugins.instagramgraph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * The Graph API's error object, {@code {"error":{"message","type","code","error_subcode","is_transient",
 * "error_user_title","error_user_msg","fbtrace_id"}}}, sorted into what the crawl does about it. Only the numbers
 * and the type are kept: Meta's texts can carry the token ("Malformed access token ...") or the handle ("The user
 * with username ..."), so they go nowhere.
 */
record GraphError(int code, Optional<Integer> subcode, String type, boolean transientFlag) {
    /** Meta's throttling codes: app, user, page, custom and Instagram-account level (Meta's error reference). */
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613, 80001, 80002);
    /** "API Unknown" and "API Service": temporary, per Meta's error-handling guide. */
    private static final Set<Integer> TEMPORARY = Set.of(1, 2);

    /** What the crawl does about an error. */
    enum Kind {
        /** 110 (subcode 2207013): a personal account, or no such user; Meta does not say which. */
        NOT_PROFESSIONAL,
        /** 190: the token is invalid or expired; no call can succeed until the operator sets a new one. */
        TOKEN_REFUSED,
        /** 10 and 200-299: the token lacks a permission Business Discovery needs. */
        PERMISSION_MISSING,
        /** 100 with subcode 33: the configured user id is not a node this token can read. */
        USER_ID_WRONG,
        /** 4, 17, 32, 613, 80001, 80002: throttled; the usage headers say for how long. */
        RATE_LIMITED,
        /** {@code is_transient: true}, or codes 1 and 2: worth trying again shortly. */
        TRANSIENT,
        /** anything else: this artist fails with the code recorded. */
        OTHER
    }

    /** Reads the error object of a body, if it has one. */
    static Optional<GraphError> of(JsonNode root) {
        JsonNode error = root == null ? null : root.get("error");
        if (error == null || !error.isObject() || !error.path("code").canConvertToInt()) {
            return Optional.empty();
        }
        JsonNode sub = error.get("error_subcode");
        return Optional.of(new GraphError(error.get("code").asInt(),
                sub != null && sub.canConvertToInt() ? Optional.of(sub.asInt()) : Optional.empty(),
                error.path("type").asText(""), error.path("is_transient").asBoolean(false)));
    }

    Kind kind() {
        if (code == 110) {
            return Kind.NOT_PROFESSIONAL;
        }
        if (code == 190 || code == 102) {
            return Kind.TOKEN_REFUSED;
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return Kind.PERMISSION_MISSING;
        }
        if (code == 100 && subcode.filter(s -> s == 33).isPresent()) {
            return Kind.USER_ID_WRONG;
        }
        if (RATE_LIMITS.contains(code)) {
            return Kind.RATE_LIMITED;
        }
        if (transientFlag || TEMPORARY.contains(code)) {
            return Kind.TRANSIENT;
        }
        return Kind.OTHER;
    }

    /** {@code 110/2207013}, or {@code 4} without a subcode: how the operator looks the error up. */
    String label() {
        return code + subcode.map(s -> "/" + s).orElse("");
    }

    /** What Meta's token subcodes mean (error-handling guide), for the one line that stops the crawl. */
    String tokenProblem() {
        return switch (subcode.orElse(0)) {
            case 463 -> "it has expired";
            case 460 -> "the account's password was changed";
            case 458 -> "the app is not installed for the account";
            case 459 -> "the account is checkpointed (log in at facebook.com)";
            case 464 -> "the account is unconfirmed";
            case 467 -> "it is invalid";
            default -> "it is invalid, expired or revoked";
        };
    }
}
