package tad.plugins.instagramgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.plugin.PluginContext;
import tad.plugin.PoliteHttp;

/**
 * What the tests share: the host's real polite client tuned for local servers, plugin contexts whose configuration is
 * parsed by the host's own section class, and the recorded Graph answers under {@code src/test/resources/graph/}.
 */
final class GraphTests {
    /** Shaped like a real long-lived user token (EAA...), so a leak would be easy to spot and to grep for. */
    static final String TOKEN = "EAAGraphTestTokenZx81kQv0pLm4Nc7Rt2Yw9Bd6Hs3Fj5Ku";
    static final String USER_ID = "17841405822304914";
    static final Logger LOG = LoggerFactory.getLogger("tad.plugin.instagram-graph.test");

    private GraphTests() {
    }

    static PoliteHttpClient http() {
        return new PoliteHttpClient(new HttpSettings("tad-test-bot/0.1 (+https://tad.example/bot)", Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 8L * 1024 * 1024, 4, 1, Duration.ofMillis(20),
                Duration.ofSeconds(5), 50, Duration.ofSeconds(30)));
    }

    /** A context on the Graph at {@code base}, with the token and user id set, no hourly budget, then overrides. */
    static PluginContext context(PoliteHttp http, URI base, Clock clock, String... overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("url", base.toString());
        values.put("access-token", TOKEN);
        values.put("user-id", USER_ID);
        values.put("per-hour", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                values.remove(overrides[i]);
            } else {
                values.put(overrides[i], overrides[i + 1]);
            }
        }
        return new PluginContext(http, tad.plugin.ConfigSection.of("instagram-graph", values), clock, LOG);
    }

    static String fixture(String name) {
        try (InputStream in = GraphTests.class.getResourceAsStream("/graph/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{token}}", TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
