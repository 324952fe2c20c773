package tad.media.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tad.core.media.MediaKey;
import tad.core.media.MediaStore;
import tad.core.media.MediaStoreContract;

/** The media-store contract against an in-process S3 emulator (LocalS3, in memory), through the real AWS SDK. */
class S3MediaStoreTest extends MediaStoreContract {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static LocalS3 emulator;
    private static S3Client s3;
    private static URI endpoint;

    @BeforeAll
    static void startEmulator() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        emulator = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        emulator.start();
        endpoint = URI.create("http://127.0.0.1:" + emulator.getPort());
        s3 = S3Clients.create(settings("unused", ""), StaticCredentialsProvider.create(
                AwsBasicCredentials.create("test-access-key", "test-secret-key")));
    }

    @AfterAll
    static void stopEmulator() {
        if (s3 != null) {
            s3.close();
        }
        if (emulator != null) {
            emulator.shutdown();
        }
    }

    /** Each test gets its own bucket; every other one uses a key prefix, so both layouts pass the contract. */
    @Override
    protected MediaStore newStore() {
        int number = BUCKETS.incrementAndGet();
        String bucket = "tad-media-" + number;
        s3.createBucket(create -> create.bucket(bucket));
        return new S3MediaStore(s3, settings(bucket, number % 2 == 0 ? "/staging/media/" : ""));
    }

    @Test
    void objectsCarryTheirContentTypeUnderThePrefix() {
        String bucket = "tad-media-types";
        s3.createBucket(create -> create.bucket(bucket));
        S3MediaStore store = new S3MediaStore(s3, settings(bucket, "prod"));
        MediaKey key = MediaKey.of("a1", "i1", "thumb", "webp");

        store.put(key, new byte[] {1, 2, 3});

        var head = s3.headObject(h -> h.bucket(bucket).key("prod/artists/a1/i1/thumb.webp"));
        // (Cache-Control is sent too, but this emulator does not keep it, so it cannot be checked here)
        assertThat(head.contentType()).isEqualTo("image/webp");
    }

    @Test
    void foreignObjectsUnderTheArtistPrefixAreNotListedAsMedia() {
        String bucket = "tad-media-foreign";
        s3.createBucket(create -> create.bucket(bucket));
        S3MediaStore store = new S3MediaStore(s3, settings(bucket, ""));
        s3.putObject(put -> put.bucket(bucket).key("artists/a1/notes.txt"), RequestBody.fromString("hand-made"));
        MediaKey key = MediaKey.of("a1", "i1", "thumb", "webp");
        store.put(key, new byte[] {1});

        assertThat(store.listArtist("a1")).containsExactly(key);
    }

    private static S3MediaSettings settings(String bucket, String prefix) {
        return new S3MediaSettings(bucket, prefix, "eu-west-2", Optional.of(endpoint));
    }
}
