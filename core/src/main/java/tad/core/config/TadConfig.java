package tad.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The whole typed configuration, parsed once at the entry point from {@link RawConfig} and passed down through
 * constructors. Plugin sections stay as key/value views ({@link PluginSections}) that each plugin reads into its
 * own record.
 */
public record TadConfig(
        Path dataDir,
        Optional<Secret> googleApiKey,
        URI placesUrl,
        URI instagramUrl,
        int instagramPerMinute,
        Optional<Secret> denylistSecret,
        Optional<Secret> adminToken,
        StoreSettings store,
        MediaSettings media,
        SearchSettings search,
        HttpSettings http,
        CrawlSettings crawl,
        PluginSettings plugins,
        MailSettings mail,
        URI siteUrl,
        RawConfig raw) {

    /** The site's public address, shared with the server (canonical URLs); e-mails link to it. */
    private static final String SITE_URL = "serve.site.url";
    /** Where `tad demo` serves the site: what e-mails link to when no address is configured. */
    private static final URI DEMO_SITE = URI.create("http://localhost:8080");

    public static TadConfig parse(RawConfig raw) {
        Values v = new Values(raw);
        String endpoint = v.required("dynamodb.endpoint");
        Optional<URI> storeEndpoint = endpoint.equalsIgnoreCase("embedded") ? Optional.empty()
                : Optional.of(v.uri("dynamodb.endpoint"));
        return new TadConfig(
                Path.of(v.required("data.dir")),
                v.secret(KnownKeys.GOOGLE_API_KEY),
                v.uri("places.url"),
                v.uri("instagram.url"),
                v.integer("instagram.per.minute", 0, 100_000),
                v.secret(KnownKeys.DENYLIST_SECRET),
                v.secret(KnownKeys.ADMIN_TOKEN),
                new StoreSettings(storeEndpoint, v.required("dynamodb.table"), v.required("aws.region")),
                new MediaSettings(raw.get("media.bucket"), raw.get("media.prefix").orElse(""),
                        raw.get("media.s3.endpoint").map(x -> v.uri("media.s3.endpoint"))),
                new SearchSettings(raw.get("opensearch.url").map(x -> v.uri("opensearch.url")),
                        v.required("opensearch.index")),
                new HttpSettings(
                        v.required("http.user.agent"),
                        v.millis("host.delay.ms"),
                        v.millis("http.connect.timeout.ms"),
                        v.millis("http.read.timeout.ms"),
                        v.longValue("http.max.bytes"),
                        v.integer("http.concurrency", 1, 256),
                        v.integer("http.retries", 0, 10),
                        v.millis("http.backoff.base.ms"),
                        v.millis("http.max.retry.after.ms"),
                        v.integer("http.circuit.failures", 1, 1000),
                        v.millis("http.circuit.open.ms"),
                        v.integer("host.concurrency", 1, 64)),
                new CrawlSettings(
                        v.integer("crawl.concurrency", 1, 64),
                        v.integer("crawl.stale.after.runs", 1, 365),
                        Duration.ofDays(v.integer("crawl.google.retention.days", 1, 3650)),
                        v.required("profile.source")),
                new PluginSettings(Path.of(v.required("plugins.dir")), v.list("plugins.enabled")),
                MailConfig.parse(v),
                raw.get(SITE_URL).map(x -> v.uri(SITE_URL)).orElse(DEMO_SITE),
                raw);
    }

    /** The configuration section handed to one plugin. */
    public PluginSections.Section pluginSection(String pluginId) {
        return PluginSections.forPlugin(pluginId, this);
    }

    /** Typed reads that name the key in every error. */
    record Values(RawConfig raw) {
        String required(String key) {
            return raw.get(key).orElseThrow(() -> new ConfigException(key + " is required (environment "
                    + RawConfig.envName(key) + ")"));
        }

        Optional<Secret> secret(String key) {
            return raw.get(key).map(Secret::new);
        }

        URI uri(String key) {
            String text = required(key);
            try {
                URI uri = new URI(text);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                    throw new ConfigException(key + " must be an http(s) URL, got '" + text + "'");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new ConfigException(key + " must be an http(s) URL, got '" + text + "'");
            }
        }

        long longValue(String key) {
            String text = required(key);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " must be a whole number, got '" + text + "'");
            }
        }

        int integer(String key, int min, int max) {
            long value = longValue(key);
            if (value < min || value > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + value);
            }
            return (int) value;
        }

        Duration millis(String key) {
            long value = longValue(key);
            if (value < 0) {
                throw new ConfigException(key + " must not be negative, got " + value);
            }
            return Duration.ofMillis(value);
        }

        List<String> list(String key) {
            return Arrays.stream(raw.get(key).orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }
    }
}
