package tad.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per request on the {@code tad.serve.access} logger. It holds the route template, never the path or
 * query (they can carry names and free text), and the client address with its host part masked.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("tad.serve.access");

    private AccessLog() {
    }

    static void request(String method, String route, int status, long nanos, String clientAddress) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(line(method, route, status, nanos, clientAddress));
    }

    static String line(String method, String route, int status, long nanos, String clientAddress) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", "access");
        entry.put("method", method);
        entry.put("route", route);
        entry.put("status", status);
        entry.put("durationMs", Math.round(nanos / 10_000.0) / 100.0);
        entry.put("client", ClientAddress.masked(clientAddress));
        return new String(Json.bytes(entry), java.nio.charset.StandardCharsets.UTF_8);
    }
}
