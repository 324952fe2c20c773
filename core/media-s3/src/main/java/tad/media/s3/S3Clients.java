package tad.media.s3;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the S3 client for {@link S3MediaStore} from settings; the entry point owns and closes it. */
public final class S3Clients {

    private S3Clients() {
    }

    /**
     * A client for the settings' region, with path-style addressing and the endpoint when one is given. Checksums
     * are only sent and checked where S3 requires them: S3-compatible servers do not all know the newer CRC
     * checksums the SDK adds by default, and TLS already protects the bytes in transit.
     */
    public static S3Client create(S3MediaSettings settings, AwsCredentialsProvider credentials) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.build();
    }
}
