package tad.mail.ses;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/** Builds the SES v2 client for {@link SesMailer}; the entry point owns and closes it. */
public final class SesClients {

    private SesClients() {
    }

    /**
     * A client for the region. On AWS (no endpoint, or an amazonaws.com one) the SDK's default credential chain
     * applies: the ECS task role. Any other endpoint is a local test server, which checks no signature.
     */
    public static SesV2Client create(String region, Optional<URI> endpoint) {
        SesV2ClientBuilder builder = SesV2Client.builder().region(Region.of(region));
        endpoint.ifPresent(builder::endpointOverride);
        boolean testServer = endpoint.map(uri -> !uri.getHost().endsWith(".amazonaws.com")).orElse(false);
        AwsCredentialsProvider credentials = testServer
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
        return builder.credentialsProvider(credentials).build();
    }
}
