package tad.cli.styles;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import tad.plugin.ConfigSection;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PluginContext;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;

/**
 * The context the styles verbs hand an enricher when the caller has no configured one: no network (enrichers are
 * pure; a fetch is a bug and fails loudly) and an empty config section, so the plugin's own defaults apply.
 */
final class OfflinePluginContext {

    private OfflinePluginContext() {
    }

    static PluginContext create() {
        return new PluginContext(new NoNetwork(), new EmptySection(), Clock.systemUTC(),
                LoggerFactory.getLogger("tad.styles"));
    }

    private static final class NoNetwork implements PoliteHttp {
        @Override
        public HttpResponse get(URI uri, Map<String, String> headers, RequestOptions options) throws HttpFailure {
            throw new IllegalStateException("style verbs run offline; an enricher tried to fetch " + uri);
        }

        @Override
        public HttpResponse post(URI uri, Map<String, String> headers, byte[] body, String contentType,
                                 RequestOptions options) throws HttpFailure {
            throw new IllegalStateException("style verbs run offline; an enricher tried to post to " + uri);
        }

        @Override
        public boolean allowedByRobots(URI uri) throws HttpFailure {
            throw new IllegalStateException("style verbs run offline; an enricher asked robots.txt for " + uri);
        }
    }

    private static final class EmptySection implements ConfigSection {
        @Override
        public Optional<String> string(String name) {
            return Optional.empty();
        }

        @Override
        public int integer(String name, int fallback) {
            return fallback;
        }

        @Override
        public long longValue(String name, long fallback) {
            return fallback;
        }

        @Override
        public double decimal(String name, double fallback) {
            return fallback;
        }

        @Override
        public boolean bool(String name, boolean fallback) {
            return fallback;
        }

        @Override
        public Duration duration(String name, Duration fallback) {
            return fallback;
        }

        @Override
        public List<String> list(String name, List<String> fallback) {
            return fallback;
        }
    }
}
