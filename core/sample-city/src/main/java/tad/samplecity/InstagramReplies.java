package tad.samplecity;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixture's responses, each shaped like what Instagram's web API or CDN sends in that situation. */
final class InstagramReplies {

    /** A response to send: status, headers and body. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    private InstagramReplies() {
    }

    static Reply status(int status, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "private, no-cache, no-store, must-revalidate");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Instagram answers API calls lacking the web app's headers with this 400. */
    static Reply useragentMismatch() {
        return status(400, "application/json; charset=utf-8", "{\"message\":\"useragent mismatch\",\"status\":\"fail\"}");
    }

    /** A handle Instagram has never had: a 404 whose body still names no user. */
    static Reply unknownUser() {
        return status(404, "application/json; charset=utf-8", "{\"data\":{\"user\":null},\"status\":\"ok\"}");
    }

    static Reply loginRedirect(URI base, String next) {
        Reply reply = status(302, "text/html; charset=utf-8", "");
        reply.headers().put("Location",
                base + "/accounts/login/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        return reply;
    }

    static Reply loginPage() {
        return status(200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"en\"><head><title>Login • Instagram</title></head>"
                        + "<body><form id=\"loginForm\" method=\"post\" action=\"/accounts/login/ajax/\"></form></body></html>");
    }

    /**
     * Since late July 2026, web_profile_info refuses every business or creator account with this 400 (instaloader
     * issues #2724, #2731; pgrimaud/instagram-user-feed #395; imputnet/cobalt #1579; jackwener/OpenCLI #2234).
     */
    static Reply businessSchemaDeleted() {
        return status(400, "application/json; charset=utf-8", "{\"message\":\"Asset asset://laser.provider/"
                + "ig_business_category_subvertical has been deleted. You cannot use this schema\",\"status\":\"fail\"}");
    }

    /** Logged-out clients Instagram wants to slow down get this 401 (instaloader issues #2506, #2532, #2739). */
    static Reply pleaseWait() {
        return status(401, "application/json; charset=utf-8", PLEASE_WAIT);
    }

    private static final String PLEASE_WAIT = "{\"message\":\"Please wait a few minutes before you try again.\","
            + "\"require_login\":true,\"status\":\"fail\"}";

    static Reply throttled(int retryAfterSeconds) {
        Reply reply = status(429, "application/json; charset=utf-8", PLEASE_WAIT);
        reply.headers().put("Retry-After", Integer.toString(retryAfterSeconds));
        return reply;
    }

    static Reply fromCdn(InstagramCdn.Answer answer) {
        return switch (answer) {
            case InstagramCdn.Answer.Image image -> {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "image/jpeg");
                headers.put("Cache-Control", "max-age=1209600, no-transform");
                // the real CDN forbids embedding on other sites, one reason the directory mirrors images
                headers.put("Cross-Origin-Resource-Policy", "same-origin");
                headers.put("Timing-Allow-Origin", "*");
                yield new Reply(200, headers, image.jpeg());
            }
            case InstagramCdn.Answer.Expired expired -> status(403, "text/plain", "URL signature expired");
            case InstagramCdn.Answer.Missing missing -> status(404, "text/plain", "Not Found");
        };
    }

    static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = reply.body().length == 0;
        exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
