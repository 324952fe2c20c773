package tad.plugins.instagramgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** A Graph API body as a JSON object; empty for anything else (an HTML error page from a proxy, a cut body). */
final class GraphJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GraphJson() {
    }

    static Optional<JsonNode> read(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
