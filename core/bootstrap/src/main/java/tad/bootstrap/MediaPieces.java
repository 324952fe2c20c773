package tad.bootstrap;

import java.nio.file.Path;
import tad.core.config.MediaSettings;
import tad.core.config.TadConfig;
import tad.core.media.MediaStore;
import tad.core.pipeline.ImageMirror;
import tad.media.ImageLimits;
import tad.media.LocalMediaStore;
import tad.media.PipelineImageMirror;
import tad.media.WebImageEncoder;
import tad.media.s3.S3Clients;
import tad.media.s3.S3MediaSettings;
import tad.media.s3.S3MediaStore;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** Mirrored images: S3 when a bucket is named (with an endpoint override for emulators), else files under the data directory. */
final class MediaPieces {
    private final TadConfig config;
    private final Path dataDir;
    private final Closer closer;
    private MediaStore store;

    MediaPieces(TadConfig config, Path dataDir, Closer closer) {
        this.config = config;
        this.dataDir = dataDir;
        this.closer = closer;
    }

    synchronized MediaStore store() {
        if (store == null) {
            MediaSettings settings = config.media();
            store = settings.bucket().map(bucket -> s3(new S3MediaSettings(bucket, settings.prefix(),
                    config.store().region(), settings.endpoint())))
                    .orElseGet(() -> new LocalMediaStore(dataDir.resolve("media")));
        }
        return store;
    }

    ImageMirror mirror() {
        return new PipelineImageMirror(store(), ImageLimits.defaults(), WebImageEncoder.best());
    }

    private MediaStore s3(S3MediaSettings settings) {
        var client = closer.register(S3Clients.create(settings, DefaultCredentialsProvider.builder().build()));
        return new S3MediaStore(client, settings);
    }
}
