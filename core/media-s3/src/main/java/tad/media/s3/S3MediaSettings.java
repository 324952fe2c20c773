package tad.media.s3;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the S3 media store keeps objects.
 *
 * @param bucket   the bucket (created by Terraform in production, by the test for the emulator)
 * @param prefix   a key prefix inside the bucket, "" for none; several environments can share a bucket this way
 * @param region   the AWS region, e.g. {@code eu-west-2}
 * @param endpoint an endpoint override for S3-compatible servers and emulators; path-style addressing is used
 *                 with it, since emulators on 127.0.0.1 have no per-bucket host names
 */
public record S3MediaSettings(String bucket, String prefix, String region, Optional<URI> endpoint) {

    public S3MediaSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        prefix = normalise(prefix);
    }

    /** "media", "/media/" and "media/" all mean the same prefix, "media/"; blank means none. */
    private static String normalise(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String trimmed = prefix.strip().replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }
}
