package tad.sync;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import tad.media.s3.S3Clients;
import tad.media.s3.S3MediaSettings;
import tad.media.s3.S3MediaStore;

/** The in-process S3 emulator (LocalS3, in memory) with one bucket, reached through the real AWS SDK client. */
final class LocalS3Emulator implements AutoCloseable {
    private final LocalS3 emulator;
    private final S3Client s3;
    private final S3MediaSettings settings;

    private LocalS3Emulator(LocalS3 emulator, S3Client s3, S3MediaSettings settings) {
        this.emulator = emulator;
        this.s3 = s3;
        this.settings = settings;
    }

    static LocalS3Emulator start(String bucket, String prefix) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        LocalS3 emulator = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        emulator.start();
        S3MediaSettings settings = new S3MediaSettings(bucket, prefix, "eu-west-2",
                Optional.of(URI.create("http://127.0.0.1:" + emulator.getPort())));
        S3Client s3 = S3Clients.create(settings, StaticCredentialsProvider.create(
                AwsBasicCredentials.create("test-access-key", "test-secret-key")));
        s3.createBucket(b -> b.bucket(bucket));
        return new LocalS3Emulator(emulator, s3, settings);
    }

    S3MediaStore mediaStore() {
        return new S3MediaStore(s3, settings);
    }

    /** Every object key in the bucket under a prefix, read directly rather than through the adapter. */
    java.util.List<String> keysUnder(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(prefix)).contents().stream()
                .map(o -> o.key()).toList();
    }

    @Override
    public void close() {
        s3.close();
        emulator.shutdown();
    }
}
