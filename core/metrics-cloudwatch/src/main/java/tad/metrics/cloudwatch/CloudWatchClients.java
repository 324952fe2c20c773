package tad.metrics.cloudwatch;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClientBuilder;

/** Builds the CloudWatch client for {@link CloudWatchMetricPublisher}; the entry point owns and closes it. */
public final class CloudWatchClients {

    private CloudWatchClients() {
    }

    /**
     * A client for the settings' region. On AWS (no override, or an amazonaws.com one) the SDK's default credential
     * chain applies: the ECS task role in production.
     */
    public static CloudWatchClient create(CloudWatchSettings settings) {
        CloudWatchClientBuilder builder = CloudWatchClient.builder().region(Region.of(settings.region()));
        settings.endpoint().ifPresent(builder::endpointOverride);
        builder.credentialsProvider(credentials(settings));
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(CloudWatchSettings settings) {
        // a test server does not check signatures; fixed keys keep a machine without AWS credentials working
        return settings.testServer()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
    }
}
