package tad.queue.sqs;

import java.net.URI;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SQS client for a queue URL. An AWS queue URL uses the SDK's own endpoint and credential chain; any
 * other host is taken for an emulator (ElasticMQ) whose endpoint is the URL's origin, so
 * {@code TAD_QUEUE_URL=http://127.0.0.1:9324/000000000000/tad-jobs} is all a local distributed crawl needs.
 */
public final class SqsClients {
    private SqsClients() {
    }

    public static SqsClient forQueue(URI queueUrl, Region region) {
        var builder = SqsClient.builder().region(region);
        if (!isAws(queueUrl)) {
            builder.endpointOverride(URI.create(queueUrl.getScheme() + "://" + queueUrl.getAuthority()))
                    // emulators do not check signatures; fixed keys keep a laptop without AWS credentials working
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local",
                            "local")));
        }
        return builder.build();
    }

    static boolean isAws(URI queueUrl) {
        String host = queueUrl.getHost() == null ? "" : queueUrl.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn");
    }
}
