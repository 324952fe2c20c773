package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tad.core.media.MediaKey;

/**
 * The API container's own entry point ({@code tad.serve.Main}, as the image runs it) started the way the deployment
 * configures it: media in S3 (here the LocalS3 emulator over real HTTP) and an admin token. It serves images from
 * the bucket, not from a local folder (HEAD too), it answers the admin API, and the profile address of an artist
 * it does not show is a 404.
 */
class ApiContainerIT {
    private static final String TOKEN = "an-admin-token-for-the-container-test";
    private static final byte[] IMAGE = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void servesMediaFromTheBucketAndTheAdminApiWhenATokenIsSet() throws Exception {
        LocalS3 s3 = LocalS3.builder().port(freePort()).mode(LocalS3Mode.IN_MEMORY).build();
        s3.start();
        URI endpoint = URI.create("http://127.0.0.1:" + s3.getPort());
        MediaKey key = MediaKey.of("a1b2c3d4e5f6a7b8", "img1", "thumb", "webp");
        try (S3Client client = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true)
                .region(Region.EU_WEST_2).build()) {
            client.createBucket(b -> b.bucket("tad-media"));
            client.putObject(b -> b.bucket("tad-media").key("env/" + key.value()), RequestBody.fromBytes(IMAGE));
        }
        Path web = Files.createDirectories(data.resolve("web/artists"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>artist page</title>");
        Files.writeString(web.getParent().resolve("404.html"), "<!doctype html><title>not found</title>");
        Map<String, String> env = Map.of(
                "TAD_DATA_DIR", data.toString(),
                "TAD_DATA_SERVER", "in-process",
                "TAD_MEDIA_BUCKET", "tad-media",
                "TAD_MEDIA_PREFIX", "env",
                "TAD_MEDIA_S3_ENDPOINT", endpoint.toString(),
                "TAD_ADMIN_TOKEN", TOKEN,
                "TAD_SERVE_WEB_DIR", web.getParent().toString());
        try (Main.Started api = Main.start(new String[] {"--port", "0"}, env)) {
            String base = "http://127.0.0.1:" + api.port();
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(base + "/media/" + key.value()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.body()).isEqualTo(IMAGE);
            assertThat(Files.exists(data.resolve("media"))).as("no local media folder is used").isFalse();
            HttpRequest headRequest = HttpRequest.newBuilder(URI.create(base + "/media/" + key.value()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<byte[]> head = http.send(headRequest, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("content-length")).hasValue(Integer.toString(IMAGE.length));
            assertThat(head.body()).isEmpty();

            // a profile the API does not show (unknown, removed, purged) is not found on the container path too
            HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(base + "/artists/a0000000000000ff"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(gone.headers().firstValue("cache-control")).hasValue("public, max-age=0, must-revalidate");

            assertThat(admin(base, null).statusCode()).isEqualTo(401);
            HttpResponse<String> listed = admin(base, TOKEN);
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            assertThat(listed.body()).as("the pending removal requests, none yet").isEqualTo("[]");
        } finally {
            s3.shutdown();
        }
    }

    private HttpResponse<String> admin(String base, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/admin/removals"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
