package tad.samplecity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Graph look-alike's answers, with the headers graph.facebook.com sends. Error bodies use Meta's error object
 * ({@code message, type, code, error_subcode, is_transient, error_user_title, error_user_msg, fbtrace_id}); the
 * messages are the ones public recordings show (Meta's error reference, and test fixtures in public repositories
 * quoted in docs/instagram.md).
 */
final class GraphReplies {
    private GraphReplies() {
    }

    static InstagramReplies.Reply json(int status, String body, String apiVersion, int usagePercent, String accountId,
                                       int regainMinutes) {
        InstagramReplies.Reply reply = InstagramReplies.status(status, "application/json; charset=UTF-8", body);
        Map<String, String> headers = reply.headers();
        headers.remove("X-Frame-Options");
        headers.put("Cache-Control", "private, no-cache, no-store, must-revalidate");
        headers.put("facebook-api-version", apiVersion);
        headers.put("x-fb-request-id", "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        headers.put("x-fb-trace-id", UUID.randomUUID().toString().replace("-", "").substring(0, 11));
        headers.put("x-app-usage", "{\"call_count\":" + usagePercent + ",\"total_cputime\":" + usagePercent / 4
                + ",\"total_time\":" + usagePercent / 3 + "}");
        headers.put("x-business-use-case-usage", "{\"" + accountId + "\":[{\"type\":\"instagram\",\"call_count\":"
                + usagePercent + ",\"total_cputime\":" + usagePercent / 4 + ",\"total_time\":" + usagePercent / 3
                + ",\"estimated_time_to_regain_access\":" + regainMinutes + "}]}");
        return reply;
    }

    static String error(String message, String type, int code, Integer subcode, boolean transientFlag,
                        String userTitle, String userMessage) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        error.put("is_transient", transientFlag);
        if (userTitle != null) {
            error.put("error_user_title", userTitle);
            error.put("error_user_msg", userMessage);
        }
        error.put("fbtrace_id", "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("error", error));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 110/2207013: what Business Discovery answers for a personal account and for a handle that does not exist. */
    static String notProfessional(String handle) {
        return error("Invalid user id", "OAuthException", 110, 2207013, false, "Cannot find User",
                "The user with username: " + handle + " cannot be found.");
    }

    static String tokenExpired() {
        return error("Error validating access token: Session has expired on Friday, 04-Dec-26 09:00:00 PST. The "
                + "current time is Monday, 07-Dec-26 02:14:09 PST.", "OAuthException", 190, 463, false, null, null);
    }

    static String tokenInvalid() {
        return error("Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null, false,
                null, null);
    }

    static String tooManyCalls() {
        return error("(#80002) There have been too many calls to this Instagram account. Wait a bit and try again. "
                + "For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/"
                + "rate-limiting.", "OAuthException", 80002, null, true, null, null);
    }

    static String unsupportedGet() {
        return error("Unsupported get request. Object with ID does not exist, cannot be loaded due to missing "
                + "permissions, or does not support this operation.", "GraphMethodException", 100, 33, false, null,
                null);
    }
}
