package tad.metrics.cloudwatch;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where metrics go.
 *
 * @param namespace the CloudWatch namespace of every data point ({@code Tad} in production, which the worker's IAM
 *                  condition also names)
 * @param region    the AWS region, e.g. {@code eu-west-2}
 * @param endpoint  an endpoint override; a host outside amazonaws.com is taken for a test server
 */
public record CloudWatchSettings(String namespace, String region, Optional<URI> endpoint) {

    public CloudWatchSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Whether the endpoint is a local test server rather than AWS (which needs real credentials). */
    boolean testServer() {
        return endpoint.map(uri -> {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return !(host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn"));
        }).orElse(false);
    }
}
