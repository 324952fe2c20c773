package tad.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tad.plugin.ConfigSection;

/**
 * The whole typed configuration, parsed once at the entry point from {@link RawConfig} and passed down through
 * constructors (the bootstrap opens every adapter from it). Each area has its own record, which reads its own keys
 * in a {@code from(ConfigValues)}; plugin sections are views that each plugin reads into its own record, and core
 * knows no plugin's keys.
 *
 * <p>To add a setting: its key, with a comment and its default, in {@code tad/tad-defaults.properties} (a key with no
 * default goes in {@link KnownKeys} instead, so its environment variable is still recognised); a component in the
 * record of its area (or a new record here); one typed read in that record's {@code from}. Nothing else reads keys.
 */
public record TadConfig(
        Path dataDir,
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
        ServeSettings serve,
        QueueSettings queue,
        MetricsSettings metrics,
        RenderSettings render,
        LogSettings log) {

    /** The site's public address, shared with the server (canonical URLs); e-mails link to it. */
    private static final String SITE_URL = "serve.site.url";
    /** Where `tad demo` serves the site: what e-mails link to when no address is configured. */
    private static final URI DEMO_SITE = URI.create("http://localhost:8080");

    public static TadConfig parse(RawConfig raw) {
        ConfigValues v = new ConfigValues(raw);
        String endpoint = v.required("dynamodb.endpoint");
        return new TadConfig(
                Path.of(v.required("data.dir")),
                v.secret(KnownKeys.DENYLIST_SECRET),
                v.secret(KnownKeys.ADMIN_TOKEN),
                new StoreSettings(endpoint.equalsIgnoreCase("embedded") ? Optional.empty()
                        : Optional.of(v.uri("dynamodb.endpoint")), v.required("dynamodb.table"),
                        v.required("aws.region"), StoreSettings.DataServerMode.parse(v.required("data.server"))),
                new MediaSettings(v.optional("media.bucket"), v.optional("media.prefix").orElse(""),
                        v.optionalUri("media.s3.endpoint")),
                new SearchSettings(v.optionalUri("opensearch.url"), v.required("opensearch.index")),
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
                PluginSettings.from(v),
                MailConfig.parse(v),
                v.optionalUri(SITE_URL).orElse(DEMO_SITE),
                ServeSettings.from(v),
                QueueSettings.from(v),
                MetricsSettings.from(v),
                RenderSettings.from(v),
                LogSettings.from(v));
    }

    /** The configuration section handed to one plugin (empty when nothing is set for it). */
    public ConfigSection pluginSection(String pluginId) {
        return plugins.section(pluginId);
    }
}
