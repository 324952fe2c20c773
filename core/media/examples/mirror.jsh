// Mirrors two images (one real JPEG, one HTML page posing as an image) served on 127.0.0.1 into a local store.
// Run from the repository root: see core/media/README.md.
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.*;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import javax.imageio.ImageIO;
import tad.core.config.HttpSettings;
import tad.core.http.PoliteHttpClient;
import tad.core.media.*;
import tad.media.*;
import tad.plugin.RemoteImage;

var jpeg = new ByteArrayOutputStream();
ImageIO.write(new BufferedImage(1440, 1800, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
server.createContext("/", exchange -> {
    byte[] body = exchange.getRequestURI().getPath().endsWith(".jpg") ? jpeg.toByteArray() : "<html>login</html>".getBytes();
    exchange.sendResponseHeaders(200, body.length);
    try (var out = exchange.getResponseBody()) { out.write(body); }
});
server.start();
String base = "http://127.0.0.1:" + server.getAddress().getPort();

var store = new LocalMediaStore(Files.createTempDirectory("tad-media"));
var http = new PoliteHttpClient(new HttpSettings("tad-example/0.1 (+https://tad.example/bot)", Duration.ZERO,
        Duration.ofSeconds(5), Duration.ofSeconds(10), 32L << 20, 2, 1, Duration.ofMillis(100), Duration.ofSeconds(5),
        5, Duration.ofSeconds(30)));
var mirror = new MediaMirror(store, http, ImageLimits.defaults(), WebImageEncoder.best());
var result = mirror.mirror(MirrorRequest.firstTime("a1b2c3", List.of(
        new RemoteImage("CxPhoto1", base + "/photo.jpg?oe=1", false, Optional.empty(), ""),
        new RemoteImage("CxFake2", base + "/login", false, Optional.empty(), "")), Optional.empty()));

for (var image : result.images())
    for (var r : image.renditions())
        System.out.printf("%s %-5s %4dx%-4d %s %s%n", image.sourceId(), r.size().label(), r.width(), r.height(), r.contentType(), store.publicPath(r.key()));
result.failures().forEach(f -> System.out.println(f.sourceId() + " failed: " + f.failure()));
System.out.println("stored: " + store.listArtist("a1b2c3"));
http.close();
server.stop(0);
/exit
