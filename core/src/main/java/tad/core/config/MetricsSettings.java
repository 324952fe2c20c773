package tad.core.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where metrics go: CloudWatch in {@code aws.region} with the AWS credential chain.
 *
 * @param cloudwatchEndpoint an endpoint override for tests (a host outside amazonaws.com is a local server)
 */
public record MetricsSettings(Optional<URI> cloudwatchEndpoint) {

    static MetricsSettings from(ConfigValues v) {
        return new MetricsSettings(v.optionalUri("metrics.cloudwatch.endpoint"));
    }
}
