package tad.serve;

import java.util.List;
import java.util.Random;

/** Seeded generators of random and hostile request parts for the fuzz tests. */
final class HostileInput {
    static final List<String> NASTY = List.of("", " ", "'; DROP TABLE artists;--", "\" OR 1=1 --",
            "<script>alert(1)</script>", "../../etc/passwd", "..%2f..%2f", "%00", "\u0000", "\r\nX-Injected: 1",
            "💀🔥🐉", "ñandú", "Zürich", "北京", "\u202Eevil", "\uFEFF", "1e309", "-1e309", "NaN", "Infinity",
            "-Infinity", "0x1p3", "1_000", "١٢٣", "9".repeat(400), "-0", "+5", "1.7976931348623157E308",
            "2147483648", "-2147483649", "${jndi:ldap://x/a}", "{{7*7}}", "a,b,c,d", ",,,", "1,2,3,4,5",
            "-180,-90,180,90", "180,90,-180,-90", "53.8,-1.55", "91,181", "0,0", "null", "true", "[]", "{}",
            "fine-line", "FINE-LINE", "blackwork,realism", "distance", "relevance ", "UPDATED");
    private static final String[] PARAMETERS = {"q", "style", "city", "near", "radiusKm", "bbox", "sort", "page",
            "size", "utm_source", "q[]", ""};

    private final Random random;

    HostileInput(long seed) {
        random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String parameter() {
        return PARAMETERS[random.nextInt(PARAMETERS.length)];
    }

    /** A value that is hostile, random unicode, huge, or a plausible number or box. */
    String value() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> NASTY.get(random.nextInt(NASTY.size()));
            case 2 -> unicode(random.nextInt(40));
            case 3 -> unicode(200 + random.nextInt(3000));
            case 4 -> number() + "," + number() + (random.nextBoolean() ? "," + number() + "," + number() : "");
            default -> Integer.toString(random.nextInt(400) - 100);
        };
    }

    String unicode(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> 32 + random.nextInt(95);
                case 1 -> random.nextInt(32);
                case 2 -> 0x80 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    String number() {
        return switch (random.nextInt(5)) {
            case 0 -> Double.toString((random.nextDouble() - 0.5) * 500);
            case 1 -> Long.toString(random.nextLong());
            case 2 -> NASTY.get(random.nextInt(NASTY.size()));
            case 3 -> "";
            default -> Integer.toString(random.nextInt(360) - 180);
        };
    }

    /** A removal request body: valid, nearly valid, wrongly typed, broken JSON or not JSON at all. */
    String body() {
        return switch (random.nextInt(7)) {
            case 0 -> "{\"instagramHandle\":" + jsonString(value()) + ",\"email\":" + jsonString(value())
                    + ",\"reason\":" + jsonString(value()) + "}";
            case 1 -> "{\"artistId\":" + jsonString(value()) + ",\"email\":\"a@b.org\"}";
            case 2 -> "{\"instagramHandle\":" + random.nextInt() + ",\"email\":[1,2],\"reason\":{\"a\":null}}";
            case 3 -> "{\"instagramHandle\":\"x\",\"email\":\"a@b.org\"" + unicode(random.nextInt(20));
            case 4 -> "[".repeat(1 + random.nextInt(3000));
            case 5 -> unicode(random.nextInt(10_000));
            default -> "{\"instagramHandle\":\"ok.handle\",\"email\":\"me@example.org\",\"reason\":"
                    + jsonString(unicode(random.nextInt(2500))) + "}";
        };
    }

    String contentType() {
        return List.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/json;;;",
                "*/*").get(random.nextInt(9));
    }

    static String jsonString(String text) {
        return new String(Json.bytes(text), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A percent-encoded path segment; never empty, since "//x" would be read by the client as a host name. */
    static String pathSegment(String text) {
        String encoded = java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "_" : encoded;
    }
}
