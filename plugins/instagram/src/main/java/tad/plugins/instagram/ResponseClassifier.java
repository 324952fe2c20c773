package tad.plugins.instagram;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tad.plugin.Failure;
import tad.plugin.HttpResponse;

/**
 * Sorts a web_profile_info response into "a JSON body to parse" or a classified failure, from its status, its
 * redirect target and its content type. The host has already retried 429s and 5xx by the time it gets here.
 */
final class ResponseClassifier {

    /** The outcome of looking at the response before parsing it. */
    sealed interface Outcome {
        record JsonBody(byte[] body) implements Outcome {
        }

        record Failed(Failure failure) implements Outcome {
        }
    }

    /**
     * The schema the logged-out web API has answered with since late July 2026 for every business or creator
     * account (instaloader issues #2724 and #2731, pgrimaud/instagram-user-feed #395, imputnet/cobalt #1579).
     */
    static final String DELETED_SCHEMA = "asset://laser.provider/ig_business_category_subvertical";

    private ResponseClassifier() {
    }

    /** {@code {"message":"Please wait a few minutes before you try again.","require_login":true,"status":"fail"}}. */
    static boolean isPleaseWait(HttpResponse response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.contains("\"require_login\":true") && text.contains("Please wait");
    }

    static Outcome classify(HttpResponse response) {
        int status = response.status();
        if (wentToLogin(response.redirects()) || wentToLogin(response.finalUri())) {
            return failed(Failure.Reason.LOGIN_WALL, "redirected to the login page");
        }
        if (status >= 300 && status < 400) {
            String location = response.header("location").orElse("");
            if (isLoginPath(location)) {
                return failed(Failure.Reason.LOGIN_WALL, "HTTP " + status + " redirect to the login page");
            }
            return failed(Failure.Reason.HTTP_ERROR, "HTTP " + status + " redirect to an unexpected page");
        }
        return switch (status) {
            case 401 -> isPleaseWait(response) ? failed(Failure.Reason.THROTTLED, "HTTP 401 require_login \"Please "
                    + "wait a few minutes\": Instagram's limit for logged-out clients")
                    : failed(Failure.Reason.LOGIN_WALL, "HTTP 401: Instagram wants a logged-in session");
            case 404 -> failed(Failure.Reason.NOT_FOUND, "HTTP 404: no such profile");
            case 429 -> failed(Failure.Reason.THROTTLED, "HTTP 429: still throttled after the host's retries");
            default -> status >= 200 && status < 300 ? success(response) : httpError(response);
        };
    }

    private static Outcome success(HttpResponse response) {
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            // Instagram sometimes answers 200 with its login page instead of redirecting to it
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return isLoginPath(text) || text.contains("loginForm")
                    ? failed(Failure.Reason.LOGIN_WALL, "the login page was served instead of JSON")
                    : failed(Failure.Reason.UNEXPECTED_FORMAT, "an HTML page was served instead of JSON");
        }
        return new Outcome.JsonBody(response.body());
    }

    private static Outcome httpError(HttpResponse response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.status() == 400 && (text.contains(DELETED_SCHEMA) || text.contains("You cannot use this schema"))) {
            return failed(Failure.Reason.SOURCE_REFUSED, "HTTP 400 \"" + DELETED_SCHEMA + " has been deleted\": the "
                    + "logged-out web API refuses business and creator accounts since July 2026");
        }
        // Instagram's answer when the web app headers are missing or out of date: worth telling the operator
        String hint = text.contains("useragent mismatch") ? " (useragent mismatch: the web app headers need updating)"
                : "";
        return failed(Failure.Reason.HTTP_ERROR, "HTTP " + response.status() + hint);
    }

    /** When the host followed redirects (it does not for API calls, but a host may), the URIs show where to. */
    private static boolean wentToLogin(List<URI> uris) {
        return uris != null && uris.stream().anyMatch(ResponseClassifier::wentToLogin);
    }

    private static boolean wentToLogin(URI uri) {
        return uri != null && uri.getPath() != null && isLoginPath(uri.getPath());
    }

    private static boolean isLoginPath(String text) {
        return text.contains("/accounts/login") || text.contains("/challenge/");
    }

    private static Outcome failed(Failure.Reason reason, String detail) {
        return new Outcome.Failed(Failure.of(reason, detail));
    }
}
