package tad.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import tad.bootstrap.Bootstrap;
import tad.cli.logging.LogRoute;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;

/** The configuration flags every verb shares; the highest-precedence layer over the environment and defaults. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file over the bundled defaults.")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where embedded stores keep files (TAD_DATA_DIR).")
    String dataDir;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Where plugin jars are (TAD_PLUGINS_DIR).")
    String pluginsDir;

    @Option(names = "--plugins", paramLabel = "IDS", description = "Enabled plugin ids, comma-separated (TAD_PLUGINS_ENABLED).")
    String plugins;

    @Option(names = "--host-delay-ms", paramLabel = "MS", description = "Minimum interval per host (TAD_HOST_DELAY_MS).")
    String hostDelayMs;

    @Option(names = "--places-url", paramLabel = "URL", description = "Places API base URL (TAD_PLACES_URL).")
    String placesUrl;

    @Option(names = "--instagram-url", paramLabel = "URL", description = "Instagram base URL (TAD_INSTAGRAM_URL).")
    String instagramUrl;

    @Option(names = "--dynamodb-endpoint", paramLabel = "URL|embedded",
            description = "DynamoDB endpoint, or 'embedded' (TAD_DYNAMODB_ENDPOINT).")
    String dynamodbEndpoint;

    @Option(names = "--verbose", description = "Show the logs on stderr, tad's at DEBUG, and stack traces with errors "
            + "(without it, logs go to DATA_DIR/logs).")
    boolean verbose;

    /** Parses the configuration once; every verb passes the result down through constructors. */
    public TadConfig resolve(Environment environment) {
        return resolve(environment, Map.of());
    }

    /** The same, with settings a verb imposes (the demo points the sources at the sample city). */
    public TadConfig resolve(Environment environment, Map<String, String> imposed) {
        TadConfig config = TadConfig.parse(raw(environment, imposed));
        environment.logTo(LogRoute.of(config, verbose));
        return config;
    }

    /** The merged layers themselves, for `tad config`, which shows where each value came from. */
    RawConfig raw(Environment environment, Map<String, String> imposed) {
        environment.verbose(verbose);
        Map<String, String> flags = new HashMap<>(imposed);
        put(flags, "data.dir", dataDir);
        put(flags, "plugins.dir", pluginsDir);
        put(flags, "plugins.enabled", plugins);
        put(flags, "host.delay.ms", hostDelayMs);
        put(flags, "places.url", placesUrl);
        put(flags, "instagram.url", instagramUrl);
        put(flags, "dynamodb.endpoint", dynamodbEndpoint);
        return RawConfig.load(Optional.ofNullable(configFile), environment.variables(), flags);
    }

    /** Parses the configuration and hands it to the bootstrap, which the command's end closes. */
    public Bootstrap bootstrap(Environment environment) {
        return bootstrap(environment, Map.of());
    }

    public Bootstrap bootstrap(Environment environment, Map<String, String> imposed) {
        return environment.closeLater(Bootstrap.open(resolve(environment, imposed)));
    }

    private static void put(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
