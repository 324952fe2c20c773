package tad.samplecity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The image CDNs of the site builders (Wix's {@code static.wixstatic.com}, Squarespace's
 * {@code images.squarespace-cdn.com}) stood in for by each sample site's own server, so that a crawl of the sample
 * city never leaves 127.0.0.1: the pages keep the builders' real absolute image addresses in their files, and the
 * server rewrites them on the way out to {@code <site>/cdn/<cdn host>/...}, where the site folder holds the images.
 */
final class BuilderCdns {
    static final List<String> HOSTS = List.of("static.wixstatic.com", "images.squarespace-cdn.com");

    private BuilderCdns() {
    }

    static byte[] rewrite(byte[] html, URI site) {
        String text = new String(html, StandardCharsets.UTF_8);
        String base = site.toString().replaceAll("/$", "");
        for (String host : HOSTS) {
            text = text.replace("https://" + host + "/", base + "/cdn/" + host + "/");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
