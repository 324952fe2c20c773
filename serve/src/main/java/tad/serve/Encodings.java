package tad.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    static String suffixOf(String token) {
        return SUPPORTED.stream().filter(e -> e.token().equals(token)).findFirst().orElseThrow().suffix();
    }
}
