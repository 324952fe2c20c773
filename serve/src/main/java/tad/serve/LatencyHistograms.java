package tad.serve;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request latency histograms per route, method and status class, written in the Prometheus text format. Hand-rolled
 * because Helidon SE's metrics would pull Micrometer into the tree for one histogram family; the buckets here are
 * chosen for our targets (p95 of 10, 20 and 25 ms, a CPU budget of 2 ms), which default buckets would blur.
 */
final class LatencyHistograms {
    static final double[] BUCKETS_SECONDS = {0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.025,
            0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    private static final String NAME = "tad_http_request_duration_seconds";

    private final Map<Series, Histogram> series = new ConcurrentHashMap<>();

    void record(String method, String route, int status, long nanos) {
        series.computeIfAbsent(new Series(method, route, status / 100 + "xx"), s -> new Histogram()).add(nanos);
    }

    String prometheusText() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP ").append(NAME).append(" Time to answer HTTP requests, by route template.\n");
        out.append("# TYPE ").append(NAME).append(" histogram\n");
        series.entrySet().stream().sorted(Map.Entry.comparingByKey(Series.ORDER))
                .forEach(e -> e.getValue().write(out, e.getKey()));
        return out.toString();
    }

    private record Series(String method, String route, String statusClass) {
        static final java.util.Comparator<Series> ORDER = java.util.Comparator.comparing(Series::route)
                .thenComparing(Series::method).thenComparing(Series::statusClass);

        String labels(String extra) {
            return "{method=\"" + method + "\",route=\"" + route + "\",status=\"" + statusClass + "\"" + extra + "}";
        }
    }

    private static final class Histogram {
        private final LongAdder[] counts = new LongAdder[BUCKETS_SECONDS.length];
        private final LongAdder total = new LongAdder();
        private final LongAdder sumNanos = new LongAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void add(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS_SECONDS.length; i++) {
                if (seconds <= BUCKETS_SECONDS[i]) {
                    counts[i].increment();
                    break;
                }
            }
            total.increment();
            sumNanos.add(nanos);
        }

        void write(StringBuilder out, Series s) {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS_SECONDS.length; i++) {
                cumulative += counts[i].sum();
                out.append(NAME).append("_bucket").append(s.labels(",le=\"" + format(BUCKETS_SECONDS[i]) + "\""))
                        .append(' ').append(cumulative).append('\n');
            }
            out.append(NAME).append("_bucket").append(s.labels(",le=\"+Inf\"")).append(' ').append(total.sum())
                    .append('\n');
            out.append(NAME).append("_sum").append(s.labels("")).append(' ').append(format(sumNanos.sum() / 1e9))
                    .append('\n');
            out.append(NAME).append("_count").append(s.labels("")).append(' ').append(total.sum()).append('\n');
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%s", value);
        }
    }
}
