package tad.plugins.instagramgraph;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import tad.plugin.HttpResponse;

/**
 * What Meta's rate-limit headers say about the budget left. {@code X-App-Usage} is
 * {@code {"call_count":N,"total_cputime":N,"total_time":N}} (percentages of the app's hourly allowance);
 * {@code X-Business-Use-Case-Usage}, which applies to Instagram Platform calls, is
 * {@code {"<business id>":[{"type":"instagram","call_count":N,"total_cputime":N,"total_time":N,
 * "estimated_time_to_regain_access":MINUTES}]}}. Headers that are absent or unreadable say nothing: they never fail
 * a fetch.
 *
 * @param maxPercent the highest usage percentage in either header (0 when none)
 * @param regain     how long Meta says until calls are allowed again, when it says so (a positive estimate)
 */
record UsageHeaders(int maxPercent, Optional<Duration> regain) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] PERCENT_FIELDS = {"call_count", "total_cputime", "total_time"};

    static UsageHeaders of(HttpResponse response) {
        int max = 0;
        long regainMinutes = 0;
        Optional<JsonNode> app = json(response.header("x-app-usage"));
        if (app.isPresent()) {
            max = Math.max(max, maxPercent(app.get()));
        }
        Optional<JsonNode> business = json(response.header("x-business-use-case-usage"));
        if (business.isPresent() && business.get().isObject()) {
            for (JsonNode entries : business.get()) {
                for (JsonNode entry : entries.isArray() ? entries : MAPPER.createArrayNode()) {
                    max = Math.max(max, maxPercent(entry));
                    regainMinutes = Math.max(regainMinutes, entry.path("estimated_time_to_regain_access").asLong(0));
                }
            }
        }
        return new UsageHeaders(max, regainMinutes > 0 ? Optional.of(Duration.ofMinutes(regainMinutes))
                : Optional.empty());
    }

    /** Meta throttles at 100% of any of the three measures. */
    boolean exhausted() {
        return maxPercent >= 100;
    }

    private static int maxPercent(JsonNode usage) {
        int max = 0;
        for (String field : PERCENT_FIELDS) {
            max = Math.max(max, usage.path(field).asInt(0));
        }
        return max;
    }

    private static Optional<JsonNode> json(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(header.get()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
