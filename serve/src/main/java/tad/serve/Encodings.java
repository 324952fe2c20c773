package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** The precompressed encodings a client accepts (Accept-Encoding), best first: Brotli, then gzip. */
final class Encodings {
    record Encoding(String token, String suffix) {
    }

    private static final List<Encoding> SUPPORTED = List.of(new Encoding("br", "br"), new Encoding("gzip", "gz"));

    private Encodings() {
    }

    static List<Encoding> preferred(String acceptEncoding) {
        List<String> accepted = new ArrayList<>();
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] fields = part.strip().split(";");
            String token = fields[0].strip();
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String param = fields[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(param.substring(2).strip()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!token.isEmpty() && !refused) {
                accepted.add(token);
            }
        }
        return SUPPORTED.stream().filter(e -> accepted.contains(e.token()) || accepted.contains("*")).toList();
    }

    /**
     * Sends a body made per request (a data page, the sitemap): gzipped when the client accepts gzip (there is no
     * Brotli encoder in the JDK), with Vary, as a cached read (ETag of the bytes sent, 304 on a match).
     */
    static void sendCompressible(ServerRequest req, ServerResponse res, String contentType, byte[] body,
                                 String cacheControl) {
        byte[] bytes = body;
        res.header(HeaderNames.VARY, "Accept-Encoding");
        if (preferred(req.headers().first(HeaderNames.ACCEPT_ENCODING).orElse("")).stream()
                .anyMatch(e -> e.token().equals("gzip"))) {
            bytes = gzip(body);
            res.header(HeaderNames.CONTENT_ENCODING, "gzip");
        }
        Responses.cached(req, res, contentType, bytes, cacheControl);
    }

    /** Java's gzip header carries no time stamp, so equal bodies compress to equal bytes and keep equal ETags. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String suffixOf(String token) {
        return SUPPORTED.stream().filter(e -> e.token().equals(token)).findFirst().orElseThrow().suffix();
    }
}
