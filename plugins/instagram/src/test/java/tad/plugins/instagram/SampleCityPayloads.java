package tad.plugins.instagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The sample city's recorded web_profile_info payloads (real shape), reused here so that WireMock tests and the
 * fixture server serve the same bytes. {@code {{base}}} becomes the CDN base of the test's server.
 */
final class SampleCityPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleCityPayloads() {
    }

    static String payload(String handle, String base) {
        try (InputStream in = SampleCityPayloads.class.getResourceAsStream("/samplecity/instagram/" + handle + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample city payload for " + handle);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{base}}", base).replace("{{oe}}", "6A1B2C3D");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload with a change applied to {@code data.user}, for missing- and mistyped-field tests. */
    static String withUser(String handle, String base, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(payload(handle, base));
            change.accept((ObjectNode) root.get("data").get("user"));
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
