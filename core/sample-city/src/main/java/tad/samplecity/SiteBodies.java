package tad.samplecity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Content types by file name, and generated bodies for the site server. */
final class SiteBodies {

    private SiteBodies() {
    }

    static String contentTypeFor(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".php")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "application/javascript; charset=utf-8";
        }
        if (name.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    /** A valid HTML page of at least {@code bytes} bytes: a news archive that never ends. */
    static byte[] hugeHtml(long bytes) {
        if (bytes > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("generated pages are capped at 64 MiB: " + bytes);
        }
        String head = "<!doctype html><html><head><title>News archive</title></head><body><h1>News</h1>\n";
        String item = "<p>Studio news: new flash sheets, guest spots and opening hours, week after week.</p>\n";
        StringBuilder html = new StringBuilder((int) bytes + 256).append(head);
        while (html.length() < bytes) {
            html.append(item);
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
