package tad.plugin;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete response.
 *
 * @param status     HTTP status
 * @param headers    response headers, names lowercase
 * @param body       the body (never more than the request's cap)
 * @param finalUri   the URI that answered, after redirects
 * @param redirects  the URIs redirected through, in order (empty when none)
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body, URI finalUri,
                           List<URI> redirects) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** 304: the resource has not changed since the validators the request was sent with. */
    public boolean notModified() {
        return status == 304;
    }

    /** The response's ETag and Last-Modified, to make the next fetch of the same URL conditional. */
    public Validators validators() {
        return Validators.of(this);
    }

    public Optional<String> contentType() {
        return header("content-type");
    }

    /** The body decoded with the charset named in Content-Type, UTF-8 otherwise. */
    public String text() {
        Charset charset = StandardCharsets.UTF_8;
        String type = contentType().orElse("");
        int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            String name = type.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
            try {
                charset = Charset.forName(name);
            } catch (RuntimeException ignored) {
                // an unknown charset name in scraped content: fall back to UTF-8
            }
        }
        return new String(body, charset);
    }
}
