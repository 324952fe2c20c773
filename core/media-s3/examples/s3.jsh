// Stores, lists and purges media in an S3 bucket, here the in-process LocalS3 emulator (test scope).
// Run from the repository root: see core/media-s3/README.md.
import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.*;
import tad.core.media.MediaKey;
import tad.media.s3.*;

var emulator = LocalS3.builder().port(19090).mode(LocalS3Mode.IN_MEMORY).build();
emulator.start();
var settings = new S3MediaSettings("tad-media", "staging", "eu-west-2", Optional.of(URI.create("http://127.0.0.1:19090")));
var s3 = S3Clients.create(settings, StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
s3.createBucket(b -> b.bucket("tad-media"));
var store = new S3MediaStore(s3, settings);

var key = MediaKey.of("a1b2c3", "i4a6f966e31916f4", "thumb", "webp");
store.put(key, new byte[] {'R', 'I', 'F', 'F'});
System.out.println("listed:   " + store.listArtist("a1b2c3"));
System.out.println("object:   " + s3.listObjectsV2(l -> l.bucket("tad-media")).contents().get(0).key());
System.out.println("served at " + store.publicPath(key));
System.out.println("purged:   " + store.deleteArtist("a1b2c3") + ", trace left: " + store.hasAnyTrace("a1b2c3"));
s3.close();
emulator.shutdown();
/exit
